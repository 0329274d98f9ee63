# Install journeymap and its shell completions:  make install [PREFIX=/usr/local] [DESTDIR=…] [CONFIGURATION=release]
PREFIX ?= /usr/local
# CI installs the debug build `swift test` has just made (CONFIGURATION=debug) instead of building release from clean.
CONFIGURATION ?= release
# A release binary carries the Swift runtime and Foundation inside it: it starts in about half the time (no dozen
# Swift libraries to load and relocate at every command) and runs where no Swift toolchain is installed.
STATIC = $(if $(filter release,$(CONFIGURATION)),--static-swift-stdlib,)
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHARE = $(DESTDIR)$(PREFIX)/share

.PHONY: build install uninstall

build:
	swift build -c $(CONFIGURATION) $(STATIC) --product journeymap

install: build
	install -d "$(BINDIR)" "$(SHARE)/bash-completion/completions" "$(SHARE)/zsh/site-functions" "$(SHARE)/fish/vendor_completions.d"
	install -m 755 "$$(swift build -c $(CONFIGURATION) $(STATIC) --show-bin-path)/journeymap" "$(BINDIR)/journeymap"
	"$(BINDIR)/journeymap" --generate-completion-script bash > "$(SHARE)/bash-completion/completions/journeymap"
	"$(BINDIR)/journeymap" --generate-completion-script zsh > "$(SHARE)/zsh/site-functions/_journeymap"
	"$(BINDIR)/journeymap" --generate-completion-script fish > "$(SHARE)/fish/vendor_completions.d/journeymap.fish"
	@echo "installed $(BINDIR)/journeymap (and bash, zsh, fish completions)"

uninstall:
	rm -f "$(BINDIR)/journeymap" "$(SHARE)/bash-completion/completions/journeymap" \
	      "$(SHARE)/zsh/site-functions/_journeymap" "$(SHARE)/fish/vendor_completions.d/journeymap.fish"

# Install journeymap and its shell completions:  make install [PREFIX=/usr/local] [DESTDIR=…]
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHARE = $(DESTDIR)$(PREFIX)/share

.PHONY: build install uninstall

build:
	swift build -c release --product journeymap

install: build
	install -d "$(BINDIR)" "$(SHARE)/bash-completion/completions" "$(SHARE)/zsh/site-functions" "$(SHARE)/fish/vendor_completions.d"
	install -m 755 "$$(swift build -c release --show-bin-path)/journeymap" "$(BINDIR)/journeymap"
	"$(BINDIR)/journeymap" --generate-completion-script bash > "$(SHARE)/bash-completion/completions/journeymap"
	"$(BINDIR)/journeymap" --generate-completion-script zsh > "$(SHARE)/zsh/site-functions/_journeymap"
	"$(BINDIR)/journeymap" --generate-completion-script fish > "$(SHARE)/fish/vendor_completions.d/journeymap.fish"
	@echo "installed $(BINDIR)/journeymap (and bash, zsh, fish completions)"

uninstall:
	rm -f "$(BINDIR)/journeymap" "$(SHARE)/bash-completion/completions/journeymap" \
	      "$(SHARE)/zsh/site-functions/_journeymap" "$(SHARE)/fish/vendor_completions.d/journeymap.fish"

import ArgumentParser
import JourneyModel
import JourneyRender

/// The options that choose how a map looks, shared by `render` and `preview` so both accept the same words with
/// the same help: `--theme`, `--lang`, `--size`, `--no-takeaway`.
struct MapStyleOptions: ParsableArguments {
    @Option(help: ArgumentHelp(HelpTexts.renderTheme))
    var theme: MapTheme = .light

    @Option(help: ArgumentHelp(HelpTexts.renderLang))
    var lang: JourneyLanguage?

    @Option(help: ArgumentHelp(HelpTexts.renderSize))
    var size: MapSize = .wide

    @Flag(name: .customLong("no-takeaway"), help: ArgumentHelp(HelpTexts.renderNoTakeaway))
    var noTakeaway = false

    /// These choices as render options; `stamp` and `credit` are `render`'s alone.
    func renderOptions(stamp: String? = nil, credit: Bool = false) -> RenderOptions {
        RenderOptions(theme: theme, language: lang, size: size, stamp: stamp, credit: credit, takeaway: !noTakeaway)
    }
}

import Foundation
import Testing
@testable import JourneyRender

/// Text on the map stays readable when projected: WCAG 2.x contrast ratio ≥ 4.5:1 for every text colour on
/// the fill it is drawn on, in every theme (print's hatched pain pill puts its label on `painPlate`).
@Suite struct ThemeContrastTests {
    /// WCAG relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let digits = Array(hex.dropFirst())
            let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16)!) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func formulaMatchesKnownValues() {
        // Black on white is 21:1; white on the old MOT amber #E3A21A was 2.22:1 (computed with the same formula in Python).
        #expect(abs(Self.contrast("#000000", "#FFFFFF") - 21) < 1e-9)
        #expect(abs(Self.contrast("#FFFFFF", "#E3A21A") - 2.22) < 0.01)
    }

    static let pairs: [(text: ColorRole, fill: ColorRole)] = [
        (.ink, .background), (.muted, .background), (.faint, .background), (.cardInk, .cardFill),
        (.motInk, .motFill), (.calloutInk, .calloutFill), (.painInk, .painPlate), (.pleasureInk, .pleasureFill),
        (.itchInk, .itchFill), (.quoteInk, .quoteFill), (.actionInk, .actionFill), (.actionMeta, .actionFill),
        (.tagInk, .tagFill), (.suggestedStroke, .background),
    ]

    @Test(arguments: MapTheme.allCases)
    func textIsReadableOnItsFill(_ kind: MapTheme) {
        let theme = Theme(kind)
        for (text, fill) in Self.pairs {
            let ratio = Self.contrast(theme.color(text), theme.color(fill))
            #expect(ratio >= 4.5, "\(kind): \(text) \(theme.color(text)) on \(fill) \(theme.color(fill)) is \(ratio):1")
        }
    }
}

import Testing
@testable import journeymap
import JourneyModel

/// Every message and help text of the command line exists in both languages: both texts set, different, and
/// the Chinese one actually Chinese.
@Suite struct MessageCatalogTests {
    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func everyCLIMessageHasBothTexts() {
        #expect(CLIMessages.samples.count >= 25)   // four output refusals moved to OutputMessages (JourneyModel)
        for text in CLIMessages.samples {
            #expect(!text.en.isEmpty && !text.zh.isEmpty)
            #expect(text.en != text.zh, "\(text.en)")
            #expect(Self.isChinese(text.zh), "\(text.zh)")
            #expect(!Self.isChinese(text.en.replacingOccurrences(of: "电话一组", with: "")), "\(text.en)")
        }
    }

    @Test func everyHelpTextHasBothTexts() {
        #expect(HelpTexts.all.count >= 53)
        for text in HelpTexts.all {
            #expect(!text.en.isEmpty && text.en != text.zh && Self.isChinese(text.zh), "\(text.en)")
        }
        #expect(Set(HelpTexts.all.map(\.en)).count == HelpTexts.all.count)   // each listed once
    }

    @Test func theLanguageIsTheLastLangOptionElseTheLocale() {
        #expect(MessageLanguage.resolve(arguments: ["validate", "--lang", "zh"], environment: ["LANG": "en_US"]) == .zh)
        #expect(MessageLanguage.resolve(arguments: ["--lang=zh", "validate", "--lang=en"], environment: [:]) == .en)
        #expect(MessageLanguage.resolve(arguments: ["validate", "--", "--lang", "zh"], environment: [:]) == .en)
        #expect(MessageLanguage.resolve(arguments: ["validate"], environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(MessageLanguage.resolve(arguments: ["validate"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(MessageLanguage.resolve(arguments: ["validate"], environment: ["LANG": "en_US", "LC_MESSAGES": "zh_TW"]) == .zh)
        #expect(MessageLanguage.resolve(arguments: ["validate"], environment: ["LC_ALL": "", "LANG": "zh_SG"]) == .zh)
    }
}

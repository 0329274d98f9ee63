/// The language of command-line messages, chosen from the POSIX locale variables.
extension JourneyLanguage {
    /// `LC_ALL`, else `LC_MESSAGES`, else `LANG` (the first one set and not empty, as POSIX orders them):
    /// Chinese when it starts with `zh` (`zh_CN.UTF-8`, `zh_TW`, `zh`), English otherwise (`C`, `POSIX`, `en_US`).
    public static func fromLocale(_ environment: [String: String]) -> JourneyLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}

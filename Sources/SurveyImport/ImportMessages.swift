import JourneyModel

/// Import messages used in more than one place, in both languages. Messages raised in one place pair their
/// English and Chinese texts where they are raised (`ImportProblem(…, zh:)`).
public enum ImportMessages {
    /// The responses file exists and `--force` was not given.
    static func outputExists(path: String) -> OutputError {
        OutputError(path: path, reason: "the file exists; choose another path with -o or pass --force",
                    zh: "文件已存在；请用 -o 换一个路径，或加 --force 覆盖")
    }
}

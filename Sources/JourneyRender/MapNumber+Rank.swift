extension MapNumber {
    /// A rank as a circled number, ① … ⑳ (U+2460 …), and "(21)" beyond: the pain ranks on pills and curve points.
    public static func circled(_ rank: Int) -> String {
        guard (1...20).contains(rank), let scalar = Unicode.Scalar(0x2460 + UInt32(rank - 1)) else { return "(\(rank))" }
        return String(Character(scalar))
    }

    /// Ranks written together, "①③": a stage pill's, its point's and the description's ranks.
    public static func circled(_ ranks: [Int]) -> String { ranks.map { circled($0) }.joined() }
}

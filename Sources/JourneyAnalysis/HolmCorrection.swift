/// Holm's step-down correction for testing several touchpoints at once (Holm 1979, Scand. J. Statist. 6:65–70):
/// with the m p-values sorted, p̃₍ᵢ₎ = max_{k ≤ i} min(1, (m − k + 1)·p₍ₖ₎). Rejecting where p̃ ≤ α keeps the chance of
/// any false "changed" mark on the map at most α, under any dependence between touchpoints.
public enum HolmCorrection {
    /// The adjusted p-values, in the order given.
    public static func adjust(_ p: [Double]) -> [Double] {
        let m = p.count
        let order = p.indices.sorted { p[$0] != p[$1] ? p[$0] < p[$1] : $0 < $1 }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(m - rank) * p[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}

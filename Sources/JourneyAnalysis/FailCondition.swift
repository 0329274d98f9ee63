/// A `--fail-on` condition such as `pain>=1` or `severity>=40`: when it holds, `analyze` exits 1 (for CI gates).
///
/// Metrics: `pain` (number of pain points), `severity` (largest pain severity), `enps` (eNPS score).
/// Operators: `>=`, `>`, `<=`, `<`. A metric the analysis lacks (no eNPS) never holds.
public struct FailCondition: Sendable, Hashable, CustomStringConvertible {
    /// What is measured.
    public enum Metric: String, Sendable, Hashable, CaseIterable {
        /// Number of pain points.
        case pain
        /// Largest pain severity.
        case severity
        /// eNPS score.
        case enps
    }

    /// The comparison.
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case atLeast = ">=", above = ">", atMost = "<=", below = "<"
    }

    /// The metric.
    public var metric: Metric
    /// The comparison.
    public var comparison: Comparison
    /// The threshold.
    public var threshold: Double

    /// Parses `METRIC OP NUMBER` (spaces allowed); nil when malformed.
    public init?(parsing text: String) {
        let compact = text.filter { !$0.isWhitespace }
        for comparison in [Comparison.atLeast, .atMost, .above, .below] {
            guard let range = compact.range(of: comparison.rawValue) else { continue }
            guard let metric = Metric(rawValue: String(compact[..<range.lowerBound]).lowercased()),
                  let threshold = Double(compact[range.upperBound...]), threshold.isFinite else { return nil }
            self.metric = metric
            self.comparison = comparison
            self.threshold = threshold
            return
        }
        return nil
    }

    /// The metric's value in the findings, when there is one.
    public func value(in findings: JourneyFindings) -> Double? {
        switch metric {
        case .pain: return Double(findings.touchpoints.filter { $0.findingClass == .pain }.count)
        case .severity: return findings.touchpoints.compactMap(\.severity).max() ?? 0
        case .enps: return findings.enps?.score
        }
    }

    /// Whether the condition holds for the findings.
    public func holds(for findings: JourneyFindings) -> Bool {
        guard let value = value(in: findings) else { return false }
        switch comparison {
        case .atLeast: return value >= threshold
        case .above: return value > threshold
        case .atMost: return value <= threshold
        case .below: return value < threshold
        }
    }

    /// `pain>=1`.
    public var description: String {
        let number = threshold == threshold.rounded() ? String(Int(threshold)) : String(threshold)
        return "\(metric.rawValue)\(comparison.rawValue)\(number)"
    }
}

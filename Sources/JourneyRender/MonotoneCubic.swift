/// Monotone cubic interpolation (Fritsch & Carlson 1980, SIAM J. Numer. Anal. 17:238–246): a smooth curve
/// through the points that never overshoots — between two neighbours it stays within their values, so an
/// emotion curve through scores on a 1–7 scale never leaves 1–7.
public enum MonotoneCubic {
    /// Tangents (dy/dx) at each point. Secants d_k = Δy/Δx; interior tangents start at the mean of the two
    /// secants, are 0 where the secants change sign or either is 0, and are limited so that α² + β² ≤ 9.
    public static func tangents(_ points: [Point]) -> [Double] {
        let n = points.count
        guard n >= 2 else { return Array(repeating: 0, count: n) }
        var secants: [Double] = []
        for k in 0..<(n - 1) {
            let dx = points[k + 1].x - points[k].x
            secants.append(dx == 0 ? 0 : (points[k + 1].y - points[k].y) / dx)
        }
        var m = [Double](repeating: 0, count: n)
        m[0] = secants[0]
        m[n - 1] = secants[n - 2]
        for k in 1..<(n - 1) {
            m[k] = secants[k - 1] * secants[k] <= 0 ? 0 : (secants[k - 1] + secants[k]) / 2
        }
        for k in 0..<(n - 1) {
            if secants[k] == 0 {
                m[k] = 0
                m[k + 1] = 0
                continue
            }
            let alpha = m[k] / secants[k]
            let beta = m[k + 1] / secants[k]
            if alpha < 0 { m[k] = 0 }
            if beta < 0 { m[k + 1] = 0 }
            let s = alpha * alpha + beta * beta
            if s > 9 {
                let tau = 3 / s.squareRoot()
                m[k] = tau * alpha * secants[k]
                m[k + 1] = tau * beta * secants[k]
            }
        }
        return m
    }

    /// The curve as path commands: a move to the first point, then one cubic Bézier per interval
    /// (Hermite to Bézier: control points at ±h/3 along the tangents).
    public static func path(through points: [Point]) -> [PathCommand] {
        guard let first = points.first else { return [] }
        var commands: [PathCommand] = [.move(first)]
        let m = tangents(points)
        for k in 0..<max(points.count - 1, 0) {
            let p0 = points[k], p1 = points[k + 1]
            let h = (p1.x - p0.x) / 3
            commands.append(.cubic(Point(x: p0.x + h, y: p0.y + m[k] * h),
                                   Point(x: p1.x - h, y: p1.y - m[k + 1] * h),
                                   p1))
        }
        return commands
    }

    /// A point of a cubic Bézier at parameter t (for tests and sampling).
    public static func bezier(_ p0: Point, _ c1: Point, _ c2: Point, _ p1: Point, t: Double) -> Point {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return Point(x: a * p0.x + b * c1.x + c * c2.x + d * p1.x, y: a * p0.y + b * c1.y + c * c2.y + d * p1.y)
    }
}

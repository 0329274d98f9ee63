/// The small symbols of the map drawn as geometry (not glyphs, which fonts may lack): the MOT star and
/// the pain ▼ / pleasure ● / itch ◆ marks, the comparison curves' markers and the Δ row's ▲ / ▼.
public enum MarkShapes {
    /// A five-pointed star centred on `center` with outer radius `radius`.
    public static func star(center: Point, radius: Double) -> Geometry {
        let inner = radius * 0.45
        var points: [Point] = []
        for k in 0..<10 {
            let r = k % 2 == 0 ? radius : inner
            let angle = -Double.pi / 2 + Double(k) * Double.pi / 5
            points.append(Point(x: center.x + r * cos(angle), y: center.y + r * sin(angle)))
        }
        return .polygon(points)
    }

    /// A triangle pointing down, fitting a square of side `size`.
    public static func triangleDown(center: Point, size: Double) -> Geometry {
        let h = size / 2
        return .polygon([Point(x: center.x - h, y: center.y - h * 0.8), Point(x: center.x + h, y: center.y - h * 0.8),
                         Point(x: center.x, y: center.y + h)])
    }

    /// A triangle pointing up, fitting a square of side `size`.
    public static func triangleUp(center: Point, size: Double) -> Geometry {
        let h = size / 2
        return .polygon([Point(x: center.x - h, y: center.y + h * 0.8), Point(x: center.x + h, y: center.y + h * 0.8),
                         Point(x: center.x, y: center.y - h)])
    }

    /// A diamond fitting a square of side `size`.
    public static func diamond(center: Point, size: Double) -> Geometry {
        let h = size / 2
        return .polygon([Point(x: center.x, y: center.y - h), Point(x: center.x + h, y: center.y),
                         Point(x: center.x, y: center.y + h), Point(x: center.x - h, y: center.y)])
    }

    /// A square of side `size`.
    public static func square(center: Point, size: Double) -> Geometry {
        .rect(Rect(x: center.x - size * 0.4, y: center.y - size * 0.4, width: size * 0.8, height: size * 0.8), cornerRadius: 0)
    }

    /// A circle of diameter `size`.
    public static func dot(center: Point, size: Double) -> Geometry {
        .circle(center: center, radius: size / 2)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

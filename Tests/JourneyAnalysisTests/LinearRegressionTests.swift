import Testing
@testable import JourneyAnalysis

@Suite struct LinearRegressionTests {
    let a: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    let b: [Double] = [2, 1, 4, 3, 6, 5, 8, 9]
    let y: [Double] = [3.1, 2.9, 7.2, 6.8, 11.5, 10.2, 15.9, 17.3]

    @Test func aliasedColumnIsDroppedWithoutChangingTheFit() throws {
        let two = try #require(LinearRegression.fit(y: y, columns: [a, b]))
        let sum = zip(a, b).map(+)
        let three = try #require(LinearRegression.fit(y: y, columns: [a, b, sum], names: ["a", "b", "a+b"]))
        #expect(three.rank == 2)
        #expect(three.coefficient("a+b") == nil)
        try expectClose(three.r2, two.r2, tolerance: 1e-12)
        let constant = try #require(LinearRegression.fit(y: y, columns: [a, [Double](repeating: 4, count: 8)]))
        #expect(constant.rank == 1)
    }

    @Test func simpleRegressionR2IsTheSquaredCorrelation() throws {
        let fit = try #require(LinearRegression.fit(y: y, columns: [a]))
        let r = try #require(Statistics.pearson(a, y))
        try expectClose(fit.r2, r * r, tolerance: 1e-12)
        // standardized slope of a single predictor equals r
        try expectClose(fit.coefficients[0], r, tolerance: 1e-12)
        let raw = try #require(LinearRegression.fit(y: y, columns: [a], standardize: false))
        try expectClose(raw.r2, fit.r2, tolerance: 1e-12)
    }

    @Test func partialFTestOfNestedModels() throws {
        let reduced = try #require(LinearRegression.fit(y: y, columns: [a]))
        let full = try #require(LinearRegression.fit(y: y, columns: [a, b]))
        let test = try #require(LinearRegression.partialFTest(reduced: reduced, full: full))
        #expect(test.df1 == 1 && test.df2 == 5)
        // with one added predictor, F equals the squared t of its coefficient: check via the definition
        let f = (full.r2 - reduced.r2) / ((1 - full.r2) / 5)
        try expectClose(test.f, f, tolerance: 1e-12)
        #expect(test.pValue > 0 && test.pValue < 1)
        #expect(LinearRegression.fit(y: [1, 1, 1], columns: [[1, 2, 3]]) == nil)
    }
}

@Suite struct LargeSampleTests {
    @Test func normalEquationsAgreeWithQR() throws {
        // 3,000 rows with an aliased column: both solvers give the same fit; `fit` switches above 20,000 rows.
        var g = SplitMix64(seed: 3)
        let n = 3_000
        let a = (0..<n).map { _ in Double(1 + g.index(below: 5)) }
        let b = (0..<n).map { _ in Double(1 + g.index(below: 7)) }
        let c = zip(a, b).map { 2 * $0 - $1 }                       // aliased: a linear combination of a and b
        let y = (0..<n).map { i in 0.5 * a[i] - 0.3 * b[i] + Double(g.index(below: 1000)) / 250 }
        func centre(_ x: [Double]) -> [Double] { let m = x.reduce(0, +) / Double(x.count); return x.map { $0 - m } }
        let columns = [a, b, c].map(centre), yc = centre(y)
        let qr = LinearAlgebra.leastSquares(columns, yc)
        let normal = LinearAlgebra.leastSquaresNormal(columns, yc)
        #expect(qr.coefficients[2] == nil && normal.coefficients[2] == nil)
        try expectClose(normal.coefficients[0], qr.coefficients[0]!, tolerance: 1e-9)
        try expectClose(normal.coefficients[1], qr.coefficients[1]!, tolerance: 1e-9)
        try expectClose(normal.rss / qr.rss, 1, tolerance: 1e-9)
        let big = 25_000
        let x1 = (0..<big).map { _ in Double(1 + g.index(below: 5)) }, x2 = x1.map { 6 - $0 }   // x2 aliased
        let y2 = x1.map { $0 + Double(g.index(below: 100)) / 50 }
        let fit = try #require(LinearRegression.fit(y: y2, columns: [x1, x2]))
        #expect(fit.rank == 1 && fit.coefficients[1] == nil)
        try expectClose(fit.r2, Statistics.pearson(x1, y2)! * Statistics.pearson(x1, y2)!, tolerance: 1e-10)
    }

    @Test func countingRanksEqualSortedRanks() {
        var g = SplitMix64(seed: 4)
        let values = (0..<500).map { _ in Double(g.index(below: 11)) }
        #expect(Statistics.integerRanks(values) != nil)
        // the general path, forced by a non-integer shift that keeps the order
        let shifted = values.map { $0 + 0.5 }
        let general = Statistics.ranks(shifted.map { $0 * 1.000001 })
        #expect(Statistics.ranks(values) == general)
    }
}

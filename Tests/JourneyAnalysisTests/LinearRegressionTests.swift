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

import Testing
@testable import JourneyRender

/// Numbers on the map never depend on the locale, and two values shown side by side never look equal when they differ.
@Suite struct MapNumberTests {
    @Test func oneDecimalOrNone() {
        #expect(MapNumber.format(4) == "4")
        #expect(MapNumber.format(4.04) == "4")
        #expect(MapNumber.format(3.96) == "4")
        #expect(MapNumber.format(4.25) == "4.3")
        #expect(MapNumber.format(-1.24) == "-1.2")
    }

    @Test func twoDecimalsWhenOneWouldHideADifference() {
        // The sample's remembered score 3.96 and average 4.03 both round to "4".
        #expect(MapNumber.format(3.96, distinctFrom: 4.03) == "3.96")
        #expect(MapNumber.format(4.03, distinctFrom: 3.96) == "4.03")
        #expect(MapNumber.format(3.8, distinctFrom: 4.2) == "3.8")
        #expect(MapNumber.format(4, distinctFrom: 4) == "4")
    }
}

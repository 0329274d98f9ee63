/// What a colour is for; a `Theme` turns roles into colours, so layout never names a colour.
public enum ColorRole: Sendable, Hashable {
    case background, ink, muted, faint, rule, grid, axis, neutralLine
    case cardFill, cardStroke, cardInk
    /// The band of the n-th stage (cycled by the theme).
    case stageFill(Int)
    case stageStroke, stageInk
    case curve, band
    case pointLow, pointMid, pointHigh, pointStroke
    case pain, painFill, painInk
    /// The plate behind a hatched pain label (plain where there is no hatching).
    case painPlate
    case pleasure, pleasureFill, pleasureInk
    case itch, itchFill, itchInk
    case motFill, motInk, suggestedStroke
    case calloutFill, calloutInk, leader
    case quoteFill, quoteStroke, quoteInk
    case actionFill, actionStroke, actionInk, actionMeta
    case tagFill, tagInk, tagStroke
    case boxFill, boxStroke
    /// The n-th extra curve of a comparison map (the reference, or one per segment; cycled by the theme).
    case series(Int)
}

/// The experience class of a touchpoint (METHODS.md §3, 梁宁《产品思维30讲》).
public enum FindingClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// 痛点: fear or real harm where it matters, not mere discomfort.
    case pain
    /// 爽点: a need met immediately.
    case pleasure
    /// 痒点: the ideal self the employee imagines; a wish far above the experience.
    case itch
    /// None of the above.
    case neutral
}

/// Whether findings come from survey responses or from the workshop's own estimates in the journey file.
public enum DataSource: String, Sendable, Hashable, Codable {
    /// Computed from imported survey responses.
    case survey
    /// Classified from the journey's `score`, `importance` and `wish` fields (METHODS.md §3.3, last paragraph).
    case estimate
}

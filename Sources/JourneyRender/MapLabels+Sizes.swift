extension MapLabels {
    /// A slide's stage-mean card: "stage mean of 8 touchpoints", then the pain (or pleasure) point it leads with.
    func stageMean(count: Int, lead: String?, pain: Bool) -> String {
        let mean = pick("阶段均值（\(count) 个触点）", "Stage mean of \(count)")
        guard let lead else { return mean }
        return mean + pick(pain ? "；最痛：" : "；最爽：", pain ? " · worst: " : " · best: ") + TextSanitizer.displayText(lead)
    }
}

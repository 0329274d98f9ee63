import Yams

extension JourneyDecoder {
    static let segmentKeys = ["column", "name", "values"]

    /// `survey.segments`: a list whose items are a column name (`Q4`) or `{column: Q4, name: 工龄, values: {"1": …}}`.
    /// Returns the columns in order and a label for every item that names the column or its values. Names and value
    /// labels must be unique, since `--by` and `--where` accept them in place of the raw column and codes.
    mutating func decodeSegments(_ node: Node?) -> (columns: [String], labels: [SegmentLabel]) {
        guard let node, !isNull(node) else { return ([], []) }
        let items: [Node]
        if node.scalar != nil { items = [node] } else {
            guard let list = sequence(node, what: "segments", example: "segments: [Q4, {column: Q5, name: 工龄}]") else { return ([], []) }
            items = list
        }
        var columns: [String] = []
        var nodes: [Node] = []
        var labels: [SegmentLabel] = []
        var shown: [String: String] = [:]
        for item in items {
            if item.scalar != nil {
                guard let text = string(item, what: "an item of segments") else { continue }
                columns.append(text)
                nodes.append(item)
                continue
            }
            guard let map = mapping(item, what: "an item of segments", example: "{column: Q4, name: 工龄, values: {\"1\": 0–1 个月}}") else { continue }
            checkKeys(map, allowed: Self.segmentKeys, context: "a segment")
            guard let column = requiredString(map, key: "column", owner: item, context: "a segment") else { continue }
            var label = SegmentLabel(column: column)
            if let nameNode = map[key: "name"], let name = string(nameNode, what: "the segment name") {
                let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty {
                    error(nameNode, "the name of segment \(quoted(column)) is blank; write the name to show, e.g. name: 工龄",
                          zh: "分组 \(quoted(column)) 的名称是空的；写上要显示的名称，例如 name: 工龄")
                } else if let other = shown[trimmed], other != column {
                    error(nameNode, "segment name \(quoted(trimmed)) is already used for segment \(quoted(other)); each segment needs its own name",
                          zh: "分组名称 \(quoted(trimmed)) 已用于分组 \(quoted(other))；每个分组需要自己的名称")
                } else {
                    label.name = trimmed
                    shown[trimmed] = column
                }
            }
            if let valuesNode = map[key: "values"], !isNull(valuesNode),
               let valueMap = mapping(valuesNode, what: "values", example: "values: {\"1\": 0–1 个月, \"2\": 1–3 个月}") {
                var seen: [String: String] = [:]
                for (keyNode, valueNode) in valueMap {
                    guard let raw = string(keyNode, what: "a value of segment \(quoted(column))"),
                          let text = string(valueNode, what: "the label of value \(quoted(raw))") else { continue }
                    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    if trimmed.isEmpty {
                        error(valueNode, "the label of value \(quoted(raw)) is blank; write the text to show for it",
                              zh: "值 \(quoted(raw)) 的标签是空的；写上要显示的文字")
                    } else if let other = seen[trimmed] {
                        error(valueNode, "label \(quoted(trimmed)) is given to both \(quoted(other)) and \(quoted(raw)) in segment \(quoted(column)); each value needs its own label",
                              zh: "分组 \(quoted(column)) 中，标签 \(quoted(trimmed)) 同时给了 \(quoted(other)) 和 \(quoted(raw))；每个值需要自己的标签")
                    } else {
                        seen[trimmed] = raw
                        label.values[raw] = trimmed
                    }
                }
            }
            columns.append(column)
            nodes.append(item)
            if label.name != nil || !label.values.isEmpty { labels.append(label) }
        }
        for (index, column) in columns.enumerated() {
            if let other = shown[column], other != column {
                error(nodes[index], "segment column \(quoted(column)) is also the name of segment \(quoted(other)); rename one of them",
                      zh: "分组列 \(quoted(column)) 同时是分组 \(quoted(other)) 的名称；请改掉其中一个")
            }
        }
        return (columns, labels)
    }
}

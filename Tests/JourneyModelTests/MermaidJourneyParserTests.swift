import Foundation
import Testing
@testable import JourneyModel

/// Mermaid's own parser tests, ported: packages/mermaid/src/diagrams/user-journey/parser/journey.spec.ts and
/// packages/mermaid/src/diagrams/user-journey/journeyDb.spec.ts in mermaid-js/mermaid (MIT licence). Each test names
/// the `it(…)` it ports; the expected values are the ones in Mermaid's `expect(…)` calls.
@Suite("Mermaid journey parser (Mermaid's parser tests)")
struct MermaidJourneyParserTests {
    func parse(_ text: String) throws -> MermaidJourneyDocument {
        do { return try MermaidJourneyParser.parse(text, path: "t.mmd") } catch {
            Issue.record("\(error.description)")
            throw error
        }
    }

    func people(_ document: MermaidJourneyDocument) -> [[String]] { document.tasks.map(\.task.people) }

    // journey.spec.ts: 'should handle a title definition'
    @Test func titleDefinition() throws {
        let document = try parse("journey\ntitle Adding journey diagram functionality to mermaid")
        #expect(document.title == "Adding journey diagram functionality to mermaid")
    }

    // journey.spec.ts: 'should handle an accessibility description (accDescr)'
    @Test func accessibilityDescription() throws {
        let document = try parse("journey\naccDescr: A user journey for family shopping\ntitle Adding journey diagram functionality to mermaid\nsection Order from website")
        #expect(document.accDescription == "A user journey for family shopping")
        #expect(document.sections.map(\.name) == ["Order from website"])
    }

    // journey.spec.ts: 'should handle an accessibility multiline description (accDescr)' — `}` is directly followed
    // by `title` on the same line, as in Mermaid's test string.
    @Test func accessibilityMultilineDescription() throws {
        let text = "journey\naccDescr {\n        A user journey for\n        family shopping\n      }"
            + "title Adding journey diagram functionality to mermaid\n"
            + "accTitle: Adding acc journey diagram functionality to mermaid\n" + "section Order from website"
        let document = try parse(text)
        #expect(document.accDescription == "A user journey for\nfamily shopping")
        #expect(document.title == "Adding journey diagram functionality to mermaid")
        #expect(document.accTitle == "Adding acc journey diagram functionality to mermaid")
    }

    // journey.spec.ts: 'should handle an accessibility title (accDescr)'
    @Test func accessibilityTitle() throws {
        let document = try parse("journey\n    accTitle: The title\n    section Order from website")
        #expect(document.accDescription == nil)   // Mermaid: ''
        #expect(document.accTitle == "The title")
    }

    // journey.spec.ts: 'should handle a section definition'
    @Test func sectionDefinition() throws {
        let document = try parse("journey\ntitle Adding journey diagram functionality to mermaid\nsection Order from website")
        #expect(document.sections.map(\.name) == ["Order from website"])
        #expect(document.sections[0].location == SourceLocation(path: "t.mmd", line: 3, column: 1))
    }

    // journey.spec.ts: 'should handle multiline section titles with different line breaks'
    @Test func multilineSectionTitles() throws {
        let document = try parse("journey\ntitle Adding gantt diagram functionality to mermaid\nsection Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5\n  t: 3")
        #expect(document.sections[0].name == "Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5")
        let journey = try MermaidJourneyImporter.journey(from: document, path: "t.mmd")
        #expect(journey.stages[0].name == "Line1\nLine2\nLine3\nLine4\nLine5")
    }

    // journey.spec.ts: 'should handle a task definition' — 8 tasks, scores, people ([] without a second colon,
    // [''] with an empty one) and sections exactly as Mermaid's expectations.
    @Test func taskDefinition() throws {
        let text = "journey\ntitle Adding journey diagram functionality to mermaid\nsection Documentation\n"
            + "A task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, Alice\nE task: 5:\n"
            + "section Another section\nP task: 5:\nQ task: 5:\nR task: 5:"
        let document = try parse(text)
        let tasks = document.tasks
        #expect(tasks.count == 8)
        #expect(tasks.map(\.task.name) == ["A task", "B task", "C task", "D task", "E task", "P task", "Q task", "R task"])
        #expect(tasks.map(\.task.scoreText) == ["5", "3", "5", "5", "5", "5", "5", "5"])
        #expect(tasks.map(\.section) == Array(repeating: "Documentation", count: 5) + Array(repeating: "Another section", count: 3))
        #expect(people(document) == [["Alice", "Bob", "Charlie"], ["Bob", "Charlie"], [], ["Charlie", "Alice"], [""], [""], [""], [""]])
        let journey = try MermaidJourneyImporter.journey(from: document, path: "t.mmd")
        #expect(journey.touchpoints.map(\.score) == [5, 3, 5, 5, 5, 5, 5, 5])
        #expect(journey.touchpoints[4].actors == [])   // the empty actor is dropped
    }

    // journeyDb.spec.ts: 'tasks and actors should be added' — written as diagram text. Mermaid's test calls addTask
    // directly; through the lexer, `#` starts a comment, so "Child#1, Child#2" reads as "Child".
    @Test func tasksAndActorsAreAdded() throws {
        let text = "journey\naccTitle: Shopping\naccDescr: A user journey for family shopping\nsection Journey to the shops\n"
            + "Get car keys:5:Dad\nGo to car:3:Dad, Mum, Child#1, Child#2\nDrive to supermarket:4:Dad\nsection Do shopping\nGo shopping:5:Mum"
        let document = try parse(text)
        #expect(document.accTitle == "Shopping")
        #expect(document.accDescription == "A user journey for family shopping")
        #expect(document.sections.map(\.name) == ["Journey to the shops", "Do shopping"])
        #expect(people(document) == [["Dad"], ["Dad", "Mum", "Child"], ["Dad"], ["Mum"]])
        #expect(document.tasks.map(\.task.scoreText) == ["5", "3", "4", "5"])
    }

    // MARK: - The grammar beyond Mermaid's tests

    @Test func keywordsAreCaseInsensitiveAndCommentsSkipped() throws {
        let text = """
            %% a comment line
            %%{init: {'theme': 'forest'}}%%
            JOURNEY
            # hash comment
            TITLE Shouting
            Section First %% kept, section names run to the line end
              Make tea: 5: Me # trailing comment
              %% another
            SECTION Second
              Sit: 2: Me, Cat
            """
        let document = try parse(text)
        #expect(document.title == "Shouting")
        #expect(document.sections.map(\.name) == ["First %% kept, section names run to the line end", "Second"])
        #expect(people(document) == [["Me"], ["Me", "Cat"]])
    }

    @Test func frontMatterGivesTheTitle() throws {
        let document = try parse("---\ntitle: From front matter\nconfig:\n  theme: base\n---\njourney\nsection A\n  t: 3")
        #expect(document.title == "From front matter")
        let override = try parse("---\ntitle: From front matter\n---\njourney\ntitle In the diagram\nsection A\n  t: 3")
        #expect(override.title == "In the diagram")
    }

    @Test func tasksBeforeAnySectionGoIntoAnUnnamedOne() throws {
        let document = try parse("journey\n  Wake up: 2: Me\nsection Later\n  Tea: 5")
        #expect(document.sections.map(\.name) == ["", "Later"])
        let journey = try MermaidJourneyImporter.journey(from: document, path: "t.mmd", language: .en)
        #expect(journey.stages.map(\.name) == ["Tasks", "Later"])
    }

    @Test func crlfLineEndingsReadAsLF() throws {
        let document = try parse("journey\r\ntitle T\r\nsection A\r\n  t: 4: Me\r\n")
        #expect(document.title == "T")
        #expect(document.tasks.first?.task.people == ["Me"])
    }

    // MARK: - Errors and their positions

    func error(_ text: String) -> String {
        do {
            _ = try MermaidJourneyImporter.journey(fromMermaid: text, path: "t.mmd", language: .en)
            return "no error"
        } catch { return error.description }
    }

    @Test func errorsPointAtTheProblem() {
        #expect(error("graph TD\nA-->B") == "t.mmd:1:1: error: a Mermaid user journey starts with the word `journey`, not \"graph\"; only `journey` diagrams can be imported")
        #expect(error("\n\n  journey\nsection A\n  Task one\n") == "t.mmd:5:11: error: task \"Task one\" has no `: score`; write it as `Task one: 3: Actor`")
        #expect(error("journey\nsection A\n  T: 3; x") == "t.mmd:3:7: error: \";\" cannot appear here in a Mermaid journey (its grammar has no use for it)")
        #expect(error("journey\nsection A\n  T:\n") == "t.mmd:3:4: error: `:` is not followed by a score; write a whole number from 1 to 5 after it")
        #expect(error("journey\nsection A\n  journey home: 3") == "t.mmd:3:3: error: `journey` appears a second time; a task or section name cannot start with the word journey (Mermaid reads it as the keyword)")
        #expect(error("journey\naccDescr {\n  never closed\n") == "t.mmd:2:1: error: `accDescr {` is never closed with `}`")
        #expect(error("journey\n: 3: Me") == "t.mmd:2:1: error: `:` with no task name before it; a task is written `Task name: score: Actor, Actor`")
        #expect(error("---\ntitle: x\njourney") == "t.mmd:1:1: error: the front matter opened with `---` is never closed with `---`")
        #expect(error("") == "t.mmd:1:1: error: a Mermaid user journey starts with the word `journey`; this file is empty")
        #expect(error("journey\ntitle Only a title") == "t.mmd:1:1: error: the diagram has no tasks; a journey needs at least one `Task: score` line")
    }

    @Test func everyScoreAndSectionProblemIsReported() {
        let text = "journey\nsection A\n  Tea:  7: Me\n  Cake: 4.5\n  Pie: :x\n  Jam: zero\nsection Empty\nsection B\n  Ok: 5"
        #expect(error(text) == """
            t.mmd:3:9: error: score "7" of task "Tea" is not a whole number from 1 to 5 (Mermaid journeys score tasks 1–5)
            t.mmd:4:9: error: score "4.5" of task "Cake" is not a whole number from 1 to 5 (Mermaid journeys score tasks 1–5)
            t.mmd:5:8: error: task "Pie" has no score; write a whole number from 1 to 5 after the colon
            t.mmd:6:8: error: score "zero" of task "Jam" is not a whole number from 1 to 5 (Mermaid journeys score tasks 1–5)
            t.mmd:7:1: error: section "Empty" has no tasks; every stage of a journey needs at least one touchpoint
            """)
    }

    @Test func theMessagesExistInChinese() {
        do {
            _ = try MermaidJourneyImporter.journey(fromMermaid: "journey\nsection A\n  T: 9", path: "t.mmd")
            Issue.record("no error")
        } catch {
            #expect(error.description(in: .zh) == "t.mmd:3:6: error: 任务 \"T\" 的分数 \"9\" 不是 1 到 5 的整数（Mermaid 旅程图按 1–5 打分）")
        }
    }

    // MARK: - Import → YAML → loader

    static let fixtures = ["docs-working-day", "cypress-ecommerce", "cypress-front-matter", "cypress-webhook",
                           "cypress-styled-title", "cypress-acc"]

    @Test(arguments: fixtures)
    func importedYAMLLoadsToTheSameJourney(_ name: String) throws {
        let path = FixturePaths.fixture("mermaid/\(name).mmd")
        let imported = try MermaidJourneyImporter.load(path: path)
        let yaml = JourneyYAMLWriter.text(imported, header: ["imported"])
        let loaded = try JourneyLoader.parse(data: Data(yaml.utf8), path: "x.yaml")
        #expect(loaded.title == imported.title)
        #expect(loaded.description == imported.description)
        #expect(loaded.language == imported.language)
        #expect(loaded.stages.map(\.id) == imported.stages.map(\.id))
        #expect(loaded.stages.map(\.name) == imported.stages.map(\.name))
        #expect(loaded.touchpoints.map(\.id) == imported.touchpoints.map(\.id))
        #expect(loaded.touchpoints.map(\.name) == imported.touchpoints.map(\.name))
        #expect(loaded.touchpoints.map(\.actors) == imported.touchpoints.map(\.actors))
        #expect(loaded.touchpoints.map(\.score) == imported.touchpoints.map(\.score))
    }

    @Test func theWebhookExampleKeepsItsRepeatedSectionAndSpacedScores() throws {
        let journey = try MermaidJourneyImporter.load(path: FixturePaths.fixture("mermaid/cypress-webhook.mmd"))
        #expect(journey.title == "Web hook life cycle")
        #expect(journey.stages.map(\.id) == ["darkoob", "external-service", "darkoob-2"])
        #expect(journey.touchpoints.map(\.id).prefix(2) == ["make-prebuilt", "register-slug"])
        #expect(journey.touchpoints[3].actors == ["admin Exjjjnjjjj qwerty"])
        #expect(journey.touchpoints.allSatisfy { $0.score == 5 })
    }

    @Test func yamlScalarsSurviveTheLoader() throws {
        let awkward = ["yes", "No", "123", "1.5", "- dash", "a: b", "a #b", "[x]", "{y}", "\"q\"", "it's", " pad ", "null", "~",
                       "tab\there", "line\nbreak", "@at", "%pct", "*star", "&amp", "!bang", "|pipe", ">gt", "`tick`", "中文：冒号", "0x1F"]
        for text in awkward {
            let yaml = "title: \(JourneyYAMLWriter.scalar(text))\nstages:\n  - name: A\n    touchpoints:\n      - {id: a, name: b}\n"
            let journey = try JourneyLoader.parse(data: Data(yaml.utf8), path: "x.yaml")
            #expect(journey.title == text, "\(text) → \(JourneyYAMLWriter.scalar(text))")
        }
    }
}

// swift-tools-version:6.0
import PackageDescription

// The library targets are optimized in debug builds too: `swift test` lays out and analyses hundreds of maps and
// surveys, and unoptimized Swift runs that several times slower (the suite would not fit CI's 15 minutes). The tests
// exercise the same code either way; to step through a library in a debugger, build with `-Xswiftc -Onone`.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "journeymap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "journeymap", targets: ["journeymap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The live preview's sockets: FlyingSocks, FlyingFox's socket layer (epoll/kqueue and Swift concurrency, no
        // SwiftNIO, so seconds, not minutes, of a clean build). FlyingFox's HTTP module is left out: it imports
        // FoundationNetworking, which loads libcurl and its TLS stack into every command (≈ 16 ms at start-up);
        // see Docs/Preview.md.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CJourneyXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // ICU's word break iterator for Chinese line breaking, behind a C function so that ICU's headers never meet
        // Foundation's own ICU module (the same clash as libxml2's, see DESIGN.md).
        .target(
            name: "CJourneyICU",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // A cache prefetch for the import's formatter, which Swift cannot spell (a static inline C function).
        .target(name: "CJourneyPrefetch"),
        .target(
            name: "JourneyModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: optimizedInDebug
        ),
        .target(
            name: "SurveyImport",
            dependencies: ["JourneyModel", "JourneyAnalysis", "CJourneyXML", "CJourneyPrefetch",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: optimizedInDebug
        ),
        .target(
            name: "JourneyAnalysis",
            dependencies: ["JourneyModel"],
            swiftSettings: optimizedInDebug
        ),
        .target(
            name: "JourneyRender",
            dependencies: ["JourneyModel", "JourneyAnalysis", "CJourneyXML", "CJourneyICU",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: optimizedInDebug
        ),
        // `journeymap preview` and `render --watch`: watching the inputs, re-rendering, serving the page.
        .target(
            name: "JourneyPreview",
            dependencies: ["JourneyModel", "SurveyImport", "JourneyAnalysis", "JourneyRender",
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "journeymap",
            dependencies: [
                "JourneyModel", "SurveyImport", "JourneyAnalysis", "JourneyRender", "JourneyPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "JourneyModelTests", dependencies: ["JourneyModel"]),
        .testTarget(name: "SurveyImportTests", dependencies: ["SurveyImport", "JourneyModel", "CJourneyXML"]),
        .testTarget(name: "JourneyAnalysisTests", dependencies: ["JourneyAnalysis", "JourneyModel", "SurveyImport"]),
        .testTarget(name: "JourneyRenderTests", dependencies: ["JourneyRender", "JourneyAnalysis", "JourneyModel", "CJourneyXML", "SurveyImport"]),
        .testTarget(name: "JourneyPreviewTests", dependencies: ["JourneyPreview", "JourneyModel", "JourneyAnalysis",
                                                                .product(name: "FlyingSocks", package: "FlyingFox")]),
        .testTarget(name: "JourneymapCLITests", dependencies: ["journeymap", "JourneyModel"]),
    ],
    swiftLanguageModes: [.v6]
)

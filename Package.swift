// swift-tools-version:6.0
import PackageDescription

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
        .target(
            name: "JourneyModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SurveyImport",
            dependencies: ["JourneyModel", "JourneyAnalysis", "CJourneyXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "JourneyAnalysis",
            dependencies: ["JourneyModel"]
        ),
        .target(
            name: "JourneyRender",
            dependencies: ["JourneyModel", "JourneyAnalysis", "CJourneyXML", "CJourneyICU",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "journeymap",
            dependencies: [
                "JourneyModel", "SurveyImport", "JourneyAnalysis", "JourneyRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "JourneyModelTests", dependencies: ["JourneyModel"]),
        .testTarget(name: "SurveyImportTests", dependencies: ["SurveyImport", "JourneyModel", "CJourneyXML"]),
        .testTarget(name: "JourneyAnalysisTests", dependencies: ["JourneyAnalysis", "JourneyModel", "SurveyImport"]),
        .testTarget(name: "JourneyRenderTests", dependencies: ["JourneyRender", "JourneyAnalysis", "JourneyModel", "CJourneyXML", "SurveyImport"]),
        .testTarget(name: "JourneymapCLITests", dependencies: ["journeymap", "JourneyModel"]),
    ],
    swiftLanguageModes: [.v6]
)

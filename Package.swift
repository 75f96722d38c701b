// swift-tools-version: 6.0
import PackageDescription

// Layers, dependencies pointing one way:
//   AgendaModel  ←  AgendaWords (the language tables)  ←  AgendaInterface (pure: state, keys, layout, cell grid)  ←  AgendaTerminal (ncurses)  ←  agenda
//                   AgendaWords  ←  AgendaSpreadsheet (libxlsxwriter)  ←  agenda
let package = Package(
    name: "agenda",
    products: [
        .executable(name: "agenda", targets: ["AgendaCLI"]),
        .library(name: "AgendaModel", targets: ["AgendaModel"]),
    ],
    // Exact versions: an application builds the same from every clean checkout, whatever is
    // released upstream. Package.resolved stays out of git (its revisions are the mirror's).
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .target(name: "AgendaModel", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
        .target(
            name: "SampleCatalogue",
            resources: [.embedInCode("catalogue.json")]
        ),
        // Every sentence the program says, one table per language, keyed by typed messages.
        .target(name: "AgendaWords", dependencies: ["AgendaModel"]),
        .target(name: "AgendaInterface", dependencies: ["AgendaModel", "AgendaWords", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The only code that calls ncurses: a C shim over ncursesw and the backend on top of it.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "AgendaTerminal", dependencies: ["AgendaInterface", "CNcursesw"]),
        // Debian's libxlsxwriter-dev, for the spreadsheet writer.
        .systemLibrary(name: "CXlsxWriter", path: "Sources/CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        // Registrations as an .xlsx workbook: the only code that calls libxlsxwriter.
        .target(name: "AgendaSpreadsheet", dependencies: ["AgendaModel", "AgendaWords", "CXlsxWriter"]),
        .executableTarget(
            name: "AgendaCLI",
            dependencies: [
                "AgendaModel", "AgendaWords", "AgendaInterface", "AgendaTerminal", "AgendaSpreadsheet", "SampleCatalogue",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Figures for the README: `swift run -c release agenda-bench`.
        .executableTarget(
            name: "agenda-bench",
            dependencies: ["AgendaModel", "AgendaWords", "AgendaInterface", "SampleCatalogue", "CatalogueGenerator"],
            path: "Benchmarks/AgendaBench"
        ),
        // Valid catalogues of any size, for the benchmark and the scale tests.
        .target(name: "CatalogueGenerator", path: "Benchmarks/CatalogueGenerator"),
        // What the tests need the real store and terminal to do (kill rounds, a crash): not shipped.
        .executableTarget(
            name: "agenda-test-harness",
            dependencies: ["AgendaModel", "AgendaInterface", "AgendaTerminal", "TestSupport",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tests/AgendaTestHarness"
        ),
        .target(name: "TestSupport", dependencies: ["AgendaModel", "CatalogueGenerator"], path: "Tests/TestSupport"),
        .testTarget(name: "AgendaModelTests", dependencies: ["AgendaModel", "AgendaWords", "SampleCatalogue", "TestSupport", "CatalogueGenerator",
                                                            .product(name: "CSV", package: "CSV.swift")]),
        .testTarget(name: "AgendaInterfaceTests", dependencies: ["AgendaInterface", "AgendaWords", "SampleCatalogue", "TestSupport", "CatalogueGenerator"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "AgendaSpreadsheetTests", dependencies: ["AgendaSpreadsheet", "AgendaModel", "AgendaWords", "TestSupport"]),
        .testTarget(name: "AgendaTerminalTests", dependencies: ["AgendaTerminal", "AgendaInterface", "CNcursesw"]),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI", "agenda-test-harness", "AgendaModel", "TestSupport"]),
        // Drives the release binary in tmux, as a person at a terminal would.
        .testTarget(name: "EndToEndTests", dependencies: ["AgendaCLI", "agenda-test-harness", "AgendaModel", "CatalogueGenerator"]),
    ],
    swiftLanguageModes: [.v6]
)

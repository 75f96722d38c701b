import AgendaModel
import AgendaWords

// The model speaks in typed reasons; these put them into words through the language tables,
// as the command line and the interface do, so that each test reads as the sentence it checks.

extension CatalogueProblem {
    func report(fileName: String, source: SourceText?, language: Language) -> String {
        Strings(language).report(self, fileName: fileName, source: source)
    }

    func message(_ language: Language, source: SourceText? = nil) -> String {
        Strings(language).text(self, source: source)
    }
}

extension StoreError {
    func message(_ language: Language) -> String { Strings(language).text(self) }
}

extension CatalogueFileError {
    func message(_ language: Language) -> String { Strings(language).text(self) }
}

extension ImportFileError {
    func message(_ language: Language) -> String { Strings(language).text(self) }
}

extension ImportRefusal {
    func message(_ language: Language) -> String { Strings(language).text(self) }
}

extension ImportPlan.Refused {
    func message(_ language: Language) -> String { Strings(language).text(self) }
}

extension ImportPlan.Duplicate {
    func message(_ language: Language) -> String { Strings(language).text(self) }
}

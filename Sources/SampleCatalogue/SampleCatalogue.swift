public let sampleCatalogueBytes: [UInt8] = PackageResources.catalogue_json

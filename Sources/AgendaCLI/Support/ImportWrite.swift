import AgendaModel

extension RegistrationStore {
    /// What an import adds, written as every import writes it: a first look without the lock,
    /// and when nothing would be added (or `dryRun`) the store is left untouched, not even
    /// created; else decided again under the lock, against the store as it is then, so that two
    /// importers never lose each other's rows, and everything added in one write.
    func importing<Plan>(dryRun: Bool, _ decide: ([Registration]) -> Plan, added: (Plan) -> [Registration]) throws(StoreError) -> Plan {
        let existing = try load()
        let preview = decide(existing)
        if added(preview).isEmpty || dryRun { return preview }
        try DataDirectory.ensureExists(directory)
        return try update { registrations in
            // Nobody wrote in between (the usual case): the first look stands.
            let plan = registrations == existing ? preview : decide(registrations)
            registrations.append(contentsOf: added(plan))
            return plan
        }
    }
}

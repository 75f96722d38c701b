/// The fixed columns of a registrations export, in order. The CSV's header is their raw values
/// (the names `registrations import` reads); the workbook heads them with the language tables'
/// words. One list, so that the two exports never disagree on what a row holds.
public enum RegistrationColumn: String, CaseIterable, Sendable {
    case eventId, eventTitle, status, firstName, lastName, email, phone, organisation, role, mode, consent,
         createdAt, updatedAt, note
}

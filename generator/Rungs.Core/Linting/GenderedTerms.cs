namespace Rungs.Linting;

/// <summary>
/// The gendered words and phrases the `gendered_wording` lint looks for, each with a neutral word to use instead: the one
/// list, documented in docs/content-model.md ("Lints"). Phrases match whatever the case and however the spaces or line
/// breaks between their words are written.
/// </summary>
public static class GenderedTerms
{
    public static readonly IReadOnlyList<(string Phrase, string Neutral)> All =
    [
        ("he or she", "they"), ("she or he", "they"), ("he/she", "they"), ("she/he", "they"), ("s/he", "they"),
        ("him or her", "them"), ("her or him", "them"), ("him/her", "them"), ("her/him", "them"),
        ("his or her", "their"), ("her or his", "their"), ("his/her", "their"), ("her/his", "their"),
        ("himself or herself", "themselves"), ("herself or himself", "themselves"), ("himself/herself", "themselves"),
        ("chairman", "chair"), ("chairmen", "chairs"), ("chairwoman", "chair"),
        ("foreman", "supervisor"), ("foremen", "supervisors"),
        ("manpower", "staffing or workforce"), ("man-hours", "work hours"), ("workmanship", "quality of work"),
        ("workman", "worker"), ("workmen", "workers"),
        ("salesman", "salesperson"), ("salesmen", "salespeople"),
        ("repairman", "repairer"), ("repairmen", "repairers"),
        ("draftsman", "drafter"), ("draftsmen", "drafters"),
        ("craftsman", "craftsperson"), ("craftsmen", "craftspeople"),
        ("journeyman", "journey-level worker"), ("journeymen", "journey-level workers"),
        ("fireman", "firefighter"), ("firemen", "firefighters"),
        ("policeman", "police officer"), ("policemen", "police officers"),
        ("mailman", "mail carrier"), ("spokesman", "spokesperson"), ("layman", "layperson"),
    ];
}

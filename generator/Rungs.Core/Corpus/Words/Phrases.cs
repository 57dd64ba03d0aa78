namespace Rungs.Corpus.Words;

/// <summary>Phrase lists that every occupation shares: duty verbs by level tier, qualifiers, supervision and authority ladders.</summary>
internal static class Phrases
{
    /// <summary>Duty verbs by tier (entry, journey, senior, lead); a duty keeps its verb index, so a level step rewords it.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Verbs =
    [
        ["assists with", "prepares", "processes", "records", "compiles", "verifies", "maintains", "responds to"],
        ["prepares", "reviews", "processes", "analyzes", "reconciles", "resolves", "maintains", "responds to"],
        ["reviews", "analyzes", "coordinates", "evaluates", "resolves", "develops", "monitors", "responds to"],
        ["oversees", "evaluates", "directs", "approves", "plans", "develops standards for", "monitors", "leads the response to"],
    ];

    /// <summary>How hard the work is, by level (1 to 6): the word that changes when a duty moves up a level.</summary>
    public static readonly IReadOnlyList<string> Complexity =
        ["routine", "standard", "moderately complex", "complex", "highly complex", "the most complex"];

    public static readonly IReadOnlyList<string> Qualifiers =
    [
        "in accordance with established procedures", "to ensure accuracy, completeness and compliance", "for internal and external clients",
        "using agency information systems", "in compliance with applicable laws, rules and regulations", "within established deadlines",
        "in coordination with other units and agencies", "to support program operations", "according to professional standards",
        "for management review", "in a timely and courteous manner", "to identify trends and problems",
        "as part of a project team", "under established quality standards", "for assigned programs and projects",
    ];

    /// <summary>Optional second clauses by tier, so that higher levels carry more responsibility in the same duty.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Tails =
    [
        ["and refers unusual cases to a supervisor", "and reports problems to higher level staff"],
        ["and recommends corrective action", "and documents the results in the appropriate system"],
        ["and trains staff on new or revised procedures", "and recommends changes to policies and procedures"],
        ["and sets priorities for the unit", "and represents the agency in related matters"],
    ];

    /// <summary>The adjective of the summary's first sentence, by level.</summary>
    public static readonly IReadOnlyList<string> LevelAdjectives =
        ["entry-level", "journey-level", "advanced journey-level", "lead or specialist-level", "expert-level", "principal-level"];

    /// <summary>What employees at each level do, for "Distinguishing Characteristics".</summary>
    public static readonly IReadOnlyList<string> Scope =
    [
        "work on routine assignments under close review", "carry out the full range of standard assignments independently",
        "handle complex assignments and guide less experienced staff", "lead projects and resolve the most difficult problems",
        "serve as recognized experts and advise management", "direct programs and set policy within delegated authority",
    ];

    /// <summary>Informal rank words for aliases ("Senior Accountant").</summary>
    public static readonly IReadOnlyList<string> RankAdjectives = ["Junior", "Staff", "Senior", "Lead", "Chief", "Principal"];

    public static readonly IReadOnlyList<string> SupervisionReceived =
        ["Close supervision", "General supervision", "Minimal supervision", "Limited supervision", "General direction", "Administrative direction"];

    public static readonly IReadOnlyList<string> SupervisionExercised =
    [
        "None", "None", "May perform in a lead capacity", "Leads and trains lower-level staff",
        "Supervises a work unit", "Manages professional and technical staff",
    ];

    public static readonly IReadOnlyList<string> DecisionAuthority =
    [
        "Follows written and verbal instructions", "Follows established guidelines", "Interprets policies and procedures",
        "Develops procedures within program guidelines", "Makes decisions that set precedents for the program", "Sets program policy within delegated authority",
    ];

    public static readonly IReadOnlyList<string> BudgetResponsibility =
    [
        "None", "None", "None", "Monitors unit expenditures", "Prepares and administers a section budget", "Develops and manages a program budget",
    ];

    public static readonly IReadOnlyList<string> LastActions = ["Revised", "Established", "Retitled", "Reviewed", "Regraded", "Revised"];

    /// <summary>Extra summary sentences by where a level sits: entry, middle, top.</summary>
    public static readonly IReadOnlyList<string> EntryNotes =
    [
        "Positions at this level learn the full range of the series' duties through training and on-the-job experience.",
        "Incumbents receive detailed instructions, and their work is reviewed closely for accuracy.",
    ];

    public static readonly IReadOnlyList<string> MiddleNotes =
    [
        "Positions at this level are distinguished by the complexity of assignments and the independence with which they are carried out.",
        "Incumbents are expected to resolve most problems without referral and may be assigned to a specialized program area.",
        "Work at this level is reviewed for results rather than method.",
    ];

    public static readonly IReadOnlyList<string> TopNotes =
    [
        "Positions at this level serve as the recognized experts of the program and advise management on difficult issues.",
        "Incumbents plan and direct the work of others and are accountable for the results of a program or unit.",
    ];

    public static readonly IReadOnlyList<string> GeneralKnowledge =
    [
        "applicable federal, state and local laws, rules and regulations", "agency policies and procedures",
        "standard office software, including word processing and spreadsheets", "methods of effective customer service",
        "record keeping and report preparation", "principles of effective written and oral communication",
    ];

    /// <summary>Knowledge asked only from the given level upward.</summary>
    public static readonly IReadOnlyList<(int FromLevel, string Text)> SeniorKnowledge =
    [
        (3, "principles of work planning, training and lead direction"), (3, "project management methods"),
        (4, "principles of supervision and performance management"), (4, "budget preparation and administration"),
        (5, "strategic planning and program evaluation"),
    ];

    public static readonly IReadOnlyList<string> KnowledgeDepth =
    [
        "basic principles of", "principles and practices of", "principles, practices and methods of",
        "advanced principles and practices of", "advanced principles and practices of", "expert knowledge of",
    ];

    public static readonly IReadOnlyList<string> KnowledgeSufficiency =
    [
        "sufficient to answer routine questions", "sufficient to explain program requirements to clients",
        "sufficient to resolve non-standard problems", "sufficient to train others", "sufficient to advise management",
    ];

    public static readonly IReadOnlyList<string> Abilities =
    [
        "communicate clearly and concisely, orally and in writing", "establish and maintain effective working relationships with staff, clients and the public",
        "interpret and apply policies, procedures and regulations", "prepare clear, accurate and complete reports and records",
        "maintain the confidentiality of private information", "organize and prioritize work to meet deadlines",
        "use computers and standard software applications effectively", "follow oral and written instructions",
        "calm angry or confused customers so that necessary information can be gathered", "perform accurate arithmetic calculations",
        "work independently and as part of a team", "exercise sound judgment within established guidelines",
        "gather, analyze and evaluate information and draw logical conclusions", "adapt to changing priorities and procedures",
    ];

    public static readonly IReadOnlyList<(int FromLevel, string Text)> SeniorAbilities =
    [
        (3, "train and guide lower-level staff"), (3, "analyze complex problems and recommend effective solutions"),
        (4, "plan, organize and review the work of others"), (4, "speak in front of groups and conduct presentations"),
        (5, "develop and implement policies, procedures and program goals"), (5, "negotiate and resolve sensitive issues with stakeholders"),
    ];

    public static readonly IReadOnlyList<string> NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight"];

    public static readonly IReadOnlyList<string> WorkConditions =
    [
        "May require evening, weekend or holiday work.", "May require travel within the state.",
        "May require lifting and carrying items weighing up to 25 pounds.", "May require sitting for extended periods and repetitive keyboarding.",
        "May require responding to emergencies outside normal working hours.",
    ];

    public static readonly IReadOnlyList<string> Behaviours =
    [
        "Ensures all actions and decisions support service to the customer", "Works to understand the root causes of a problem",
        "Recognizes problems, issues and opportunities early", "Asks insightful questions to gain a deeper understanding of issues",
        "Stays on top of open issues and drives them to closure", "Bounces back quickly from disappointments and mistakes",
        "Plans own time and schedules activities to achieve goals", "Maintains a constructive, open dialogue with others",
        "Shares information and expertise with colleagues", "Explains complex matters in plain language",
        "Follows through on commitments and promises", "Checks work for accuracy before it is released",
        "Looks for ways to simplify and improve procedures", "Treats every customer with courtesy and respect",
        "Keeps supervisors informed of progress and problems", "Seeks feedback and acts on it",
        "Balances quality of service with speed of response", "Builds working relationships across units",
        "Uses data to support recommendations", "Remains calm and professional in tense situations",
    ];
}

namespace Rungs.Corpus.Words;

/// <summary>A competency's title, the group (competency model) it belongs to and its one-line definition.</summary>
internal sealed record CompetencyWords(string Title, string Group, string Summary);

/// <summary>The 60 competencies of the benchmark corpus, interleaved by group so that a small corpus still gets every group.</summary>
internal static class Competencies
{
    private const string Core = "Core competencies";
    private const string FrontLine = "Front-line service competencies";
    private const string Professional = "Professional and technical competencies";
    private const string Leadership = "Leadership competencies";

    private static readonly CompetencyWords[] ByGroup =
    [
        new("Accountability", Core, "Takes responsibility for own performance and accepts ownership of issues, problems and outcomes."),
        new("Adaptability", Core, "Adjusts to changing priorities, conditions and information while remaining effective."),
        new("Attention to Detail", Core, "Completes work accurately and thoroughly, checking for errors and omissions."),
        new("Collaboration", Core, "Works cooperatively with others to achieve shared goals."),
        new("Communication", Core, "Clearly conveys and receives information and ideas to individuals or groups."),
        new("Customer Focus", Core, "Discovers, understands and meets the needs of internal and external customers."),
        new("Dependability", Core, "Meets commitments, follows through on assignments and can be relied on."),
        new("Ethics and Integrity", Core, "Acts honestly and fairly and upholds the organization's standards of conduct."),
        new("Initiative", Core, "Takes action without being asked and looks for ways to improve the work."),
        new("Planning and Organizing", Core, "Sets priorities and organizes time and resources to complete work efficiently."),
        new("Problem Solving", Core, "Identifies problems, determines their causes and finds workable solutions."),
        new("Quality Orientation", Core, "Sets high standards for work products and checks results against them."),
        new("Safety Awareness", Core, "Identifies hazards and follows safe work practices."),
        new("Self-Development", Core, "Seeks feedback and learning opportunities to improve own performance."),
        new("Teamwork", Core, "Contributes to a positive team environment and shares workload and information."),
        new("Active Listening", FrontLine, "Gives full attention to others to understand their needs and concerns."),
        new("Composure", FrontLine, "Remains calm and professional under pressure and in tense situations."),
        new("Conflict Resolution", FrontLine, "Addresses disagreements openly and works toward mutually acceptable outcomes."),
        new("Handling Difficult Situations", FrontLine, "Deals constructively with customers who are upset or challenging."),
        new("Information Seeking", FrontLine, "Gathers complete and accurate information to resolve issues."),
        new("Interpersonal Skills", FrontLine, "Builds rapport and relates well to people of diverse backgrounds."),
        new("Persuasion", FrontLine, "Presents information in ways that gain others' understanding and agreement."),
        new("Service Recovery", FrontLine, "Restores customer confidence after a service failure."),
        new("Tact and Diplomacy", FrontLine, "Handles sensitive matters with discretion and respect."),
        new("Time Management", FrontLine, "Manages multiple responsibilities and time-sensitive tasks."),
        new("Analytical Thinking", Professional, "Breaks down problems, identifies patterns and draws sound conclusions from data."),
        new("Business Acumen", Professional, "Understands how programs, budgets and operations fit together."),
        new("Computer Literacy", Professional, "Uses software and information systems effectively to complete work."),
        new("Critical Thinking", Professional, "Evaluates information and arguments logically before reaching conclusions."),
        new("Data Management", Professional, "Collects, organizes and maintains accurate and secure records and data."),
        new("Decision Making", Professional, "Makes timely, sound decisions based on the information available."),
        new("Financial Management", Professional, "Manages funds, budgets and financial records responsibly."),
        new("Innovation", Professional, "Develops new approaches and improvements to work processes."),
        new("Regulatory Compliance", Professional, "Understands and applies laws, rules and regulations to the work."),
        new("Mathematical Reasoning", Professional, "Applies mathematical methods accurately to solve work problems."),
        new("Project Management", Professional, "Plans, schedules and controls projects to meet objectives on time and on budget."),
        new("Research", Professional, "Locates, evaluates and synthesizes information from a range of sources."),
        new("Technical Expertise", Professional, "Applies the specialized knowledge and skills of the field to the work."),
        new("Technical Writing", Professional, "Produces clear, accurate documentation for technical and general audiences."),
        new("Written Communication", Professional, "Writes clearly, concisely and correctly for the intended audience."),
        new("Oral Presentation", Professional, "Presents information effectively to groups."),
        new("Process Improvement", Professional, "Evaluates work processes and implements changes that improve results."),
        new("Risk Management", Professional, "Identifies, assesses and mitigates risks to programs and operations."),
        new("Building Trust", Leadership, "Acts consistently and transparently so that others can rely on them."),
        new("Change Management", Leadership, "Leads others through organizational change."),
        new("Coaching", Leadership, "Helps others develop their skills through guidance and feedback."),
        new("Delegation", Leadership, "Assigns work and authority appropriately and follows up on results."),
        new("Developing Others", Leadership, "Supports the growth and career development of staff."),
        new("Diversity and Inclusion", Leadership, "Values differences and fosters an inclusive work environment."),
        new("Employee Engagement", Leadership, "Creates conditions that motivate employees to do their best work."),
        new("Influencing", Leadership, "Gains support for ideas and initiatives across the organization."),
        new("Leading Teams", Leadership, "Guides a team toward shared objectives."),
        new("Managing Performance", Leadership, "Sets expectations, monitors performance and addresses problems promptly."),
        new("Negotiation", Leadership, "Reaches agreements that serve the organization's interests."),
        new("Organizational Awareness", Leadership, "Understands the organization's structure, culture and priorities."),
        new("Partnering", Leadership, "Builds productive relationships with other units and organizations."),
        new("Resource Management", Leadership, "Allocates staff, funds and equipment effectively."),
        new("Strategic Thinking", Leadership, "Anticipates future needs and sets long-term direction."),
        new("Vision", Leadership, "Articulates a compelling picture of the future and how to reach it."),
        new("Results Orientation", Leadership, "Focuses self and others on achieving measurable outcomes."),
    ];

    /// <summary>All 60, round-robin over the groups.</summary>
    public static readonly IReadOnlyList<CompetencyWords> All = Interleave.ByKey(ByGroup, c => c.Group);

    /// <summary>Sentences that extend a definition; {0} is the competency's title in lower case.</summary>
    public static readonly IReadOnlyList<string> DefinitionNotes =
    [
        "Shows {0} in routine work as well as in new or difficult situations.",
        "Applies {0} consistently, whatever the pressure of deadlines or workload.",
        "Understands how {0} affects customers, colleagues and the results of the unit.",
        "Adjusts how {0} is shown to the audience, the situation and the level of risk involved.",
    ];

    public static readonly IReadOnlyList<string> Exemplary =
    [
        "Consistently models {0} for others and is sought out for advice on it.",
        "Anticipates situations that call for {0} and acts before problems arise.",
        "Helps colleagues improve their {0} through example and constructive feedback.",
        "Sustains a high standard of {0} even in unfamiliar or high-pressure situations.",
    ];

    public static readonly IReadOnlyList<string> BelowTarget =
    [
        "Rarely demonstrates {0} without direction or reminders.",
        "Lapses in {0} have caused complaints, rework or delays for the team.",
        "Shows {0} only in familiar situations and struggles when conditions change.",
        "Does not recognize when {0} is needed, or dismisses feedback about it.",
    ];
}

namespace Rungs.Content;

/// <summary>The sections whose meaning the generator knows, so they can be shown and compared across levels.</summary>
public enum SectionKind
{
    /// <summary>A section with a heading the content model does not know: rendered as written.</summary>
    Other,
    Summary,
    DistinguishingCharacteristics,
    Duties,
    Ksas,
    MinimumQualifications,
    Licenses,
    /// <summary>Conditions of employment beyond the qualifications: legal requirements, special personal characteristics, desirable qualifications.</summary>
    SpecialRequirements,
    AlternateRangeCriteria,
    FactorsAffectingPositionAllocation,
    Definition,
    ExemplaryPerformance,
    BelowTargetPerformance,
    RepresentativeBehaviours,
    Description,
}

namespace Rungs.Diagnostics;

/// <summary>The stable codes of every rule the build enforces (see docs/content-model.md).</summary>
public static class DiagnosticCodes
{
    public const string Unreadable = "RUNGS001";
    public const string MissingFrontMatter = "RUNGS002";
    public const string UnclosedFrontMatter = "RUNGS003";
    public const string InvalidYaml = "RUNGS004";
    public const string NotAMapping = "RUNGS005";
    public const string UnknownKey = "RUNGS006";
    public const string MissingRequired = "RUNGS007";
    public const string WrongType = "RUNGS008";
    public const string InvalidValue = "RUNGS009";
    public const string InvalidSlug = "RUNGS010";
    public const string MissingSeriesFile = "RUNGS011";
    public const string BrokenReference = "RUNGS012";
    public const string DuplicateCode = "RUNGS013";
    public const string DuplicateSlug = "RUNGS014";
    public const string DuplicateLevel = "RUNGS015";
    public const string SiteConfig = "RUNGS016";
    public const string StrayFile = "RUNGS017";
    public const string Template = "RUNGS018";
    public const string NoLowerLevel = "RUNGS019";
    public const string Output = "RUNGS020";
    public const string LadderGap = "RUNGS021";
    public const string PromotionCycle = "RUNGS022";
    public const string UnsafeContent = "RUNGS023";
    public const string NestedTooDeep = "RUNGS024";
    public const string BrokenLink = "RUNGS025";
    public const string BadLink = "RUNGS026";
    public const string SpecialFile = "RUNGS027";
    /// <summary>A class names a track its series does not list in `tracks:`.</summary>
    public const string UnknownTrack = "RUNGS028";
    /// <summary>A control character (or lone surrogate, or noncharacter) in content: shown as a space or U+FFFD (warning).</summary>
    public const string NotText = "RUNGS030";
    /// <summary>A bare class slug that classes of several series have, none of them the referring class's.</summary>
    public const string AmbiguousClass = "RUNGS031";
    public const string OutputBusy = "RUNGS035";
    public const string OutputLeftover = "RUNGS036";
    public const string OutputSwap = "RUNGS037";
    /// <summary>A field declared in `site.yml` `fields:` has a bad key, clashes with a built-in class key, or names an unknown type.</summary>
    public const string FieldDeclaration = "RUNGS038";
    /// <summary>A pay scale grade whose `min` is above its `max`, or whose steps are outside its range or not ascending.</summary>
    public const string PayRange = "RUNGS042";
    /// <summary>A pay scale lists a grade twice.</summary>
    public const string DuplicateGrade = "RUNGS043";
    /// <summary>`pay_scale:` (in site.yml, a series or a class) names no file in pay/.</summary>
    public const string UnknownPayScale = "RUNGS044";
    /// <summary>A class's grade is not in the pay scale that applies to it (warning): the class shows no pay.</summary>
    public const string GradeNotInScale = "RUNGS045";
    /// <summary>A class's `onet_soc` is not an O*NET-SOC code (`NN-NNNN.NN` or `NN-NNNN`).</summary>
    public const string OnetSocCode = "RUNGS046";
    /// <summary>A class's `isco` is not an ISCO-08 unit group (four digits).</summary>
    public const string IscoCode = "RUNGS047";
    /// <summary>site.yml `lint:` names an unknown rule or option, or gives a level or option a value it cannot take.</summary>
    public const string LintSetting = "RUNGS050";
    /// <summary>Gendered wording ("he/she", "chairman") where a neutral word does (lint `gendered_wording`).</summary>
    public const string GenderedWording = "RUNGS051";
    /// <summary>A class's grade is lower than the grade of the level below it (lint `falling_grade`).</summary>
    public const string FallingGrade = "RUNGS052";
    /// <summary>A duty or KSA item repeated word for word from a lower level without `includes_lower_level_work` (lint `repeated_item`).</summary>
    public const string RepeatedItem = "RUNGS053";
    /// <summary>A class has no `grade` or `flsa` though every other class of its series has one (lint `missing_in_series`).</summary>
    public const string MissingInSeries = "RUNGS054";
    /// <summary>A class's `effective` date is after today or more than the configured years before it (lint `effective_date`).</summary>
    public const string EffectiveDate = "RUNGS055";
    /// <summary>A duty or KSA item longer than the configured number of words (lint `long_item`).</summary>
    public const string LongItem = "RUNGS056";
    /// <summary>site.yml `edit_url` is not an absolute http(s) URL.</summary>
    public const string EditUrl = "RUNGS057";
    /// <summary>site.yml `releases:` holds a pattern no git tag name can match.</summary>
    public const string ReleasePattern = "RUNGS058";
    /// <summary>A class's or series' `status` is not active, draft or abolished.</summary>
    public const string StatusValue = "RUNGS060";
    /// <summary>`abolished:` is missing on an abolished class or series, or given on one that is not abolished (also `abolished_note:`).</summary>
    public const string AbolishedDate = "RUNGS061";
    /// <summary>`superseded_by:` on a class that is not abolished, or a chain of successors that goes round or ends in an abolished class.</summary>
    public const string Succession = "RUNGS062";
    /// <summary>A published document names a draft, which is built only with `--drafts`.</summary>
    public const string DraftReference = "RUNGS063";
    /// <summary>A class's `promotes_to` names an abolished class (warning): the move is not shown.</summary>
    public const string PromotesToAbolished = "RUNGS064";
}

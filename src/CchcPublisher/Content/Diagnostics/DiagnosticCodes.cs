namespace CchcPublisher.Content.Diagnostics;

/// <summary>
/// Stable diagnostic codes for content problems. Never renumber or reuse a code: officials and scripts search
/// for them. 10x: the file itself; 11x–12x: front matter fields; 13x: the content folder; 15x: categories.yaml.
/// </summary>
internal static class DiagnosticCodes
{
    /// <summary>The file could not be read (deleted meanwhile, no permission).</summary>
    public const string FileUnreadable = "CCHC100";

    /// <summary>Not valid UTF-8: legacy TCVN3/VNI bytes, or UTF-16. Located at the first bad byte.</summary>
    public const string NotUtf8 = "CCHC101";

    /// <summary>Binary file (contains NUL bytes), e.g. a picture or a Word file renamed to .md.</summary>
    public const string BinaryFile = "CCHC102";

    /// <summary>The file does not start with a <c>---</c> line.</summary>
    public const string MissingFrontMatter = "CCHC103";

    /// <summary>The opening <c>---</c> has no closing <c>---</c>.</summary>
    public const string UnterminatedFrontMatter = "CCHC104";

    /// <summary>YAML syntax error, at YamlDotNet's position.</summary>
    public const string YamlSyntax = "CCHC105";

    /// <summary>The YAML is not a list of <c>key: value</c> pairs (a bare text or list at the top level).</summary>
    public const string NotAMapping = "CCHC106";

    /// <summary>Nothing but white space after the front matter.</summary>
    public const string EmptyBody = "CCHC107";

    /// <summary>The body cannot be rendered (Markdown nested deeper than the renderer allows).</summary>
    public const string BodyUnrenderable = "CCHC108";

    /// <summary>A reader failed in a way nobody foresaw; the file is held back and named, the others go on.</summary>
    public const string UnexpectedFailure = "CCHC109";

    /// <summary>Warning: a key this program does not know, with the nearest known key.</summary>
    public const string UnknownKey = "CCHC110";

    /// <summary>An unknown front-matter key one or two letters away from a known one; the article is held back.</summary>
    public const string MisspelledKey = "CCHC125";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "CCHC111";

    /// <summary>A value of the wrong shape: a list or mapping where a text is expected, and so on.</summary>
    public const string WrongType = "CCHC112";

    /// <summary><c>title</c> missing or empty.</summary>
    public const string MissingTitle = "CCHC113";

    /// <summary><c>categories</c> missing or empty.</summary>
    public const string MissingCategories = "CCHC114";

    /// <summary>A category key that is not in the taxonomy, with the nearest key.</summary>
    public const string UnknownCategory = "CCHC115";

    /// <summary><c>publish_at</c> not in an accepted ISO 8601 form.</summary>
    public const string InvalidPublishAt = "CCHC116";

    /// <summary><c>publish_at</c> well-formed but impossible: 2026-02-30, 25:00, a skipped daylight-saving hour.</summary>
    public const string ImpossibleDate = "CCHC117";

    /// <summary>A channel name that does not exist, with the nearest name.</summary>
    public const string UnknownChannel = "CCHC118";

    /// <summary><c>channels: []</c>: an article must go somewhere (use <c>status: draft</c> to hold it back).</summary>
    public const string EmptyChannels = "CCHC119";

    /// <summary>The <c>cover</c> image does not exist.</summary>
    public const string CoverNotFound = "CCHC120";

    /// <summary>The <c>cover</c> is not a local image file (a web address, an unsupported extension).</summary>
    public const string CoverInvalid = "CCHC121";

    /// <summary><c>status</c> is neither <c>ready</c> nor <c>draft</c>.</summary>
    public const string InvalidStatus = "CCHC122";

    /// <summary><c>id</c> not made of lower-case letters, digits, '-' and '/'; or no id can be derived from the path.</summary>
    public const string InvalidId = "CCHC123";

    /// <summary>Warning: the same category or channel listed twice (kept once).</summary>
    public const string DuplicateListItem = "CCHC124";

    /// <summary>The <c>articles/</c> folder does not exist.</summary>
    public const string ArticlesFolderMissing = "CCHC130";

    /// <summary>Two files with one id: both are errors and neither is published.</summary>
    public const string DuplicateId = "CCHC131";

    /// <summary><c>categories.yaml</c> is not shaped as documented (no <c>categories</c> list, an item that is not a mapping...).</summary>
    public const string CategoriesFileStructure = "CCHC150";

    /// <summary>A category key in <c>categories.yaml</c> missing or not lower-case ASCII words joined by '-'.</summary>
    public const string CategoryKeyInvalid = "CCHC151";

    /// <summary>A new category in <c>categories.yaml</c> without a label.</summary>
    public const string CategoryLabelMissing = "CCHC152";

    /// <summary>The same category key twice in <c>categories.yaml</c>.</summary>
    public const string CategoryDuplicateKey = "CCHC153";

    /// <summary>A bad <c>reform_area</c> (not true/false), <c>hashtag</c> or <c>replace_builtin</c> value.</summary>
    public const string CategoryValueInvalid = "CCHC154";

    // 3xx: plans (content/plan/*.yaml) and activities (content/activities/*.yaml). Shared problems (YAML
    // syntax, unknown or duplicate keys, wrong shapes, unknown categories) keep their 1xx codes.

    /// <summary>A plan or activity file not shaped as documented (not <c>key: value</c> pairs, <c>tasks</c> not a list...).</summary>
    public const string PlanStructure = "CCHC300";

    /// <summary>A required field is missing: plan title/commune/period, task id/name/time, activity date/form/description.</summary>
    public const string PlanMissingField = "CCHC301";

    /// <summary>A period or date not written in a form the program reads.</summary>
    public const string PlanInvalidPeriod = "CCHC302";

    /// <summary>A period that cannot be: quý V, 30/02, end before start, a task time outside the plan period.</summary>
    public const string PlanImpossiblePeriod = "CCHC303";

    /// <summary>A task id not made of letters, digits, '-' or '.', or used twice in one plan.</summary>
    public const string PlanTaskIdInvalid = "CCHC304";

    /// <summary>A channel or form name that does not exist, with the nearest name.</summary>
    public const string PlanUnknownForm = "CCHC305";

    /// <summary>A target that cannot be counted: <c>at_least</c> not a positive whole number, unknown <c>per</c>, nothing to count.</summary>
    public const string PlanTargetInvalid = "CCHC306";

    /// <summary>An activity's <c>task</c> (error) or an article's <c>plan_task</c> (warning) not in any plan.</summary>
    public const string PlanUnknownTask = "CCHC307";

    /// <summary>The activity's <c>attachment</c> does not exist.</summary>
    public const string ActivityAttachmentNotFound = "CCHC308";

    /// <summary>Warning: an activity dated outside every plan's period (it is not counted anywhere).</summary>
    public const string ActivityOutsidePlans = "CCHC309";

    /// <summary>Two plan files with one id.</summary>
    public const string PlanDuplicateId = "CCHC310";

    /// <summary>An activity recorded with a ledger-only form (a radio programme or broadcast entry).</summary>
    public const string ActivityFormIsChannel = "CCHC311";

    /// <summary>An activity quantity (participants, copies, banners, sessions) or link that is not valid.</summary>
    public const string ActivityValueInvalid = "CCHC312";

    /// <summary><c>forms.yaml</c> is not shaped as documented, or an entry in it is invalid (bad or duplicate key, missing label, a channel name).</summary>
    public const string FormsFileInvalid = "CCHC313";
}

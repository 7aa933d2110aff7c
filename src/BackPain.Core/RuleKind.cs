namespace BackPain.Core;

/// <summary>Which of the library's rule tables a rule belongs to (see <see cref="RuleDescription"/>).</summary>
public enum RuleKind
{
    /// <summary>A row of the evidence table: a symptom that speaks for or against a cause, with its weight.</summary>
    Evidence = 0,

    /// <summary>A triage rule: a red flag, a suspected cause that needs a clinician, or a fallback such as self-care.</summary>
    Triage = 1,

    /// <summary>A rule that advises a remedy.</summary>
    Remedy = 2,

    /// <summary>A safety rule that restricts training.</summary>
    Restriction = 3,

    /// <summary>A rule of the recovery planner: rest by muscle size, ice and heat, core sessions, check-ins, seeing a clinician.</summary>
    Plan = 4,
}

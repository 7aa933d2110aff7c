namespace BackPain.Core;

/// <summary>Which of the library's rule tables a rule belongs to (see <see cref="RuleDescription"/>).</summary>
public enum RuleKind
{
    /// <summary>A row of the evidence table: a finding that speaks for or against a cause, with its weight.</summary>
    Evidence,

    /// <summary>A triage rule: a red flag, a suspected cause that needs a clinician, or a fallback such as self-care.</summary>
    Triage,

    /// <summary>A rule that advises a remedy.</summary>
    Remedy,

    /// <summary>A safety rule that restricts training.</summary>
    Restriction,

    /// <summary>A rule of the recovery planner: rest by muscle size, ice and heat, core sessions, check-ins, seeing a clinician.</summary>
    Plan,
}


namespace BackPain.Core.Rules;

/// <summary>What the rules read about one report: its findings, which causes are at least possible, and the triage so far.</summary>
internal readonly struct Facts
{
    internal Facts(SymptomReport report, int possibleCauses, TriageLevel triage, bool nothingFits)
    {
        Report = report;
        Symptoms = report.Symptoms;
        PossibleCauses = possibleCauses;
        Triage = triage;
        NothingFits = nothingFits;
    }

    internal SymptomReport Report { get; }

    internal SymptomSet Symptoms { get; }

    /// <summary>Bit <c>i</c> is set when the cause with index <c>i</c> is at least possible.</summary>
    internal int PossibleCauses { get; }

    internal TriageLevel Triage { get; }

    /// <summary>Whether no cause is likely and the pain is moderate or worse (domain model section 1).</summary>
    internal bool NothingFits { get; }

    internal bool IsPossible(Cause cause) => (PossibleCauses & (1 << cause.Index)) != 0;

    /// <summary>The first cause of <paramref name="causes"/> that is at least possible, or null.</summary>
    internal Cause? FirstPossible(ReadOnlySpan<Cause> causes)
    {
        foreach (var cause in causes)
        {
            if (IsPossible(cause))
            {
                return cause;
            }
        }

        return null;
    }
}

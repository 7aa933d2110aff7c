using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Models;

namespace BackPain.Core.Benchmarks.Peer;

/// <summary>
/// The peer: BackPain.Core's cause scoring, red flags and triage written for Microsoft RulesEngine, as a developer
/// would write them without the library. The rules live in <c>Peer/back-pain.workflows.json</c> (RulesEngine's JSON
/// workflow format, embedded in this assembly): workflow <c>CauseEvidence</c> has one rule per row of the evidence
/// table, with the cause and the weight as rule properties; workflow <c>ScoreGates</c> has one rule per defining sign
/// of an injury and one per exclusion, with the cause and the ceiling a score is held at as rule properties (a cause
/// with defining signs none of which fired, or with an exclusion that fired, scores at most its ceiling); workflow
/// <c>Triage</c> has one rule per red flag, with its level, and the four cause rules, which read the scores. The C#
/// here only sums, holds the gated scores at their ceiling, ranks and takes the highest level.
/// </summary>
/// <remarks>
/// Written to give the peer its best chance: the engine is built once and reused (it compiles each workflow once
/// and caches it), expressions are plain lambda expressions without scoped parameters or actions, and the rule
/// properties are read once at construction rather than on every call.
/// </remarks>
public sealed class RulesEnginePeer
{
    /// <summary>The name of the workflow that scores the causes.</summary>
    public const string EvidenceWorkflow = "CauseEvidence";

    /// <summary>The name of the workflow that holds a cause's score below possible without a defining sign or with an exclusion.</summary>
    public const string GatesWorkflow = "ScoreGates";

    /// <summary>The name of the workflow that sets the triage level.</summary>
    public const string TriageWorkflow = "Triage";

    private const string ResourceName = "BackPain.Core.Benchmarks.Peer.back-pain.workflows.json";

    /// <summary>The causes, least serious first: ties in score rank the more serious cause first.</summary>
    private static readonly string[] CauseOrder = ["doms", "poorCoreStrength", "pulledMuscle", "slippedDisc", "ligamentTear"];

    /// <summary>The triage levels, lowest first.</summary>
    private static readonly string[] LevelOrder = ["selfCare", "seeDoctor", "seeDoctorUrgently", "emergency"];

    private static readonly JsonSerializerOptions WorkflowJson = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, (int Cause, double Weight)> _evidence = [];
    private readonly Dictionary<string, (int Cause, bool DefiningSign)> _gates = [];
    private readonly bool[] _hasDefiningSigns = new bool[CauseOrder.Length];
    private readonly double[] _ceiling = new double[CauseOrder.Length];
    private readonly Dictionary<string, (int Level, string? RedFlag)> _triage = [];

    /// <summary>Creates the peer from the embedded workflow file.</summary>
    public RulesEnginePeer()
        : this(LoadWorkflows())
    {
    }

    /// <summary>Creates the peer from the given workflows.</summary>
    public RulesEnginePeer(IReadOnlyList<Workflow> workflows)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        foreach (var rule in workflows.Single(w => w.WorkflowName == EvidenceWorkflow).Rules)
        {
            _evidence.Add(rule.RuleName, (Array.IndexOf(CauseOrder, Text(rule, "cause")), Number(rule, "weight")));
        }

        _ceiling.AsSpan().Fill(double.PositiveInfinity);
        foreach (var rule in workflows.Single(w => w.WorkflowName == GatesWorkflow).Rules)
        {
            var cause = Array.IndexOf(CauseOrder, Text(rule, "cause"));
            var definingSign = Text(rule, "gate") switch
            {
                "definingSign" => true,
                "exclusion" => false,
                var gate => throw new InvalidOperationException($"Rule {rule.RuleName}: gate '{gate}' is neither 'definingSign' nor 'exclusion'."),
            };
            _gates.Add(rule.RuleName, (cause, definingSign));
            _hasDefiningSigns[cause] |= definingSign;
            _ceiling[cause] = Math.Min(_ceiling[cause], Number(rule, "ceiling"));
        }

        foreach (var rule in workflows.Single(w => w.WorkflowName == TriageWorkflow).Rules)
        {
            var redFlag = rule.Properties.ContainsKey("redFlag") ? Text(rule, "redFlag") : null;
            _triage.Add(rule.RuleName, (Array.IndexOf(LevelOrder, Text(rule, "level")), redFlag));
        }

        _engine = new RulesEngine.RulesEngine([.. workflows], new ReSettings
        {
            // A rule that fails to parse or throws must fail loudly, not count as "did not fire".
            EnableExceptionAsErrorMessageForRuleExpressionParsing = false,
        });
    }

    /// <summary>Reads the workflows from the embedded JSON file.</summary>
    public static IReadOnlyList<Workflow> LoadWorkflows()
    {
        using var stream = typeof(RulesEnginePeer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<Workflow[]>(stream, WorkflowJson)
            ?? throw new InvalidOperationException($"{ResourceName} holds no workflows.");
    }

    /// <summary>Scores the causes, finds the red flags and sets the triage level of a report.</summary>
    public async ValueTask<PeerAssessment> AssessAsync(PeerReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reportParameter = new RuleParameter("report", report);

        // 1. Sum the weights of the evidence rules that fired, per cause, in the workflow's order.
        var raw = new double[CauseOrder.Length];
        foreach (var result in await _engine.ExecuteAllRulesAsync(EvidenceWorkflow, reportParameter).ConfigureAwait(false))
        {
            if (Fired(result))
            {
                var (cause, weight) = _evidence[result.Rule.RuleName];
                raw[cause] += weight;
            }
        }

        // 2. The gates: a cause with defining signs of which none fired, or with an exclusion that fired, is held at
        //    its ceiling (just below possible).
        var signFired = new bool[CauseOrder.Length];
        var excluded = new bool[CauseOrder.Length];
        foreach (var result in await _engine.ExecuteAllRulesAsync(GatesWorkflow, reportParameter).ConfigureAwait(false))
        {
            if (Fired(result))
            {
                var (cause, definingSign) = _gates[result.Rule.RuleName];
                (definingSign ? signFired : excluded)[cause] = true;
            }
        }

        // 3. Score and rank: higher score first, on a tie the more serious cause (higher index) first.
        var causes = new PeerCauseScore[CauseOrder.Length];
        for (var i = 0; i < causes.Length; i++)
        {
            var score = raw[i] > 0 ? 1 - Math.Exp(-raw[i]) : 0;
            if (excluded[i] || (_hasDefiningSigns[i] && !signFired[i]))
            {
                score = Math.Min(score, _ceiling[i]);
            }

            causes[i] = new PeerCauseScore(CauseOrder[i], score);
        }

        var ranked = causes
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => Array.IndexOf(CauseOrder, c.Cause))
            .ToArray();

        // 4. Red flags and triage: the highest level of any rule that fired; self-care when none did.
        var scores = new PeerScores(causes[3].Score, causes[4].Score, ranked[0].Score);
        var level = 0;
        var redFlags = new List<string>();
        var triage = await _engine.ExecuteAllRulesAsync(TriageWorkflow, reportParameter, new RuleParameter("scores", scores)).ConfigureAwait(false);
        foreach (var result in triage)
        {
            if (Fired(result))
            {
                var (ruleLevel, redFlag) = _triage[result.Rule.RuleName];
                level = Math.Max(level, ruleLevel);
                if (redFlag is not null)
                {
                    redFlags.Add(redFlag);
                }
            }
        }

        return new PeerAssessment(ranked, redFlags, LevelOrder[level]);
    }

    private static bool Fired(RuleResultTree result)
    {
        if (!string.IsNullOrEmpty(result.ExceptionMessage))
        {
            throw new InvalidOperationException($"Rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
        }

        return result.IsSuccess;
    }

    private static string Text(Rule rule, string key) => Property(rule, key).GetString()
        ?? throw new InvalidOperationException($"Rule {rule.RuleName}: property '{key}' is null.");

    private static double Number(Rule rule, string key) => Property(rule, key).GetDouble();

    private static JsonElement Property(Rule rule, string key)
        => rule.Properties is { } properties && properties.TryGetValue(key, out var value) && value is JsonElement element
            ? element
            : throw new InvalidOperationException($"Rule {rule.RuleName} lacks the property '{key}'.");
}

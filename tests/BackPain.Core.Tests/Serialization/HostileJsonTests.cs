using System.Text;
using BackPain.Core.Serialization;

using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// Hostile documents for every public reader: each must give a <see cref="BackPainValidationException"/> naming a
/// path, or a valid result; never another exception, a hang or runaway memory.
/// </summary>
public sealed class HostileJsonTests
{
    private static IReadOnlyDictionary<string, Func<string, object>> Readers => JsonReaders.All;

    public static TheoryData<string, string> Documents()
    {
        var nested = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            nested.Append("{\"report\":");
        }

        string[] documents =
        [
            "", " ", "null", "true", "42", "\"text\"", "[]", "{", "{\"severity\":", "{\"severity\": 3", "[1, 2",
            nested.ToString(),
            "[" + string.Concat(Enumerable.Repeat("[", 10_000)),
            "{\"severity\": 3, \"exercises\": [" + string.Join(",", Enumerable.Repeat("\"squat\"", 200_000)) + "]}",
            "{\"severity\": 3, \"redFlags\": [\"" + new string('x', 1_000_000) + "\"]}",
            "{\"severity\": \"" + new string('9', 100_000) + "\"}",
            "{\"severity\": 3, " + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"field{i}\": [{i}]")) + "}",
            "{\"severity\": 3, \"\": 1, \"a'] b\": 2, \"$.x[0]\": 3, \"['\": 4, \"\\u0000\": 5}",
            "{\"severity\": 1e400}", "{\"severity\": NaN}", "{\"severity\": \"NaN\"}", "{\"severity\": -Infinity}",
            "{\"severity\": 3.5}", "{\"severity\": 99999999999999999999}", "{\"severity\": null}",
            "{\"severity\": 3, \"severity\": 4}", "{\"severity\": 3, \"onset\": 2}", "{\"severity\": 3, \"onset\": null}",
            "{\"severity\": 3, \"exercises\": null}", "{\"severity\": 3, \"exercises\": [null]}", "{\"severity\": 3, \"exercises\": [{}]}",
            "{\"severity\": 3, \"exercises\": [{\"name\": null, \"primaryMuscles\": [null]}]}",
            "{\"severity\": 3, \"exercises\": [{\"name\": \"x\", \"primaryMuscles\": [\"wings\"]}]}",
            "{\"severity\": 3, \"redFlags\": null}", "{\"severity\": 3, \"redFlags\": [null, 7, {}]}",
            "{\"severity\": 3, \"painDurationDays\": -1}", "{\"severity\": 3, \"painDurationDays\": 99999999999}", "{\"severity\": 3, \"painDuration\": \"1.00:00:00\"}",
            "{\"date\": \"2026-13-45\", \"exercises\": [\"squat\"]}", "{\"date\": \"9999-12-31\", \"exercises\": [\"squat\"], \"rpe\": 10}",
            "{\"date\": null, \"exercises\": null, \"rpe\": null}", "{\"workouts\": null}", "{\"workouts\": [null]}",
            "{\"workouts\": [{\"date\": \"2026-11-30\", \"exercises\": [\"squat\"], \"rpe\": 0}]}",
            "{\"date\": \"2026-12-01\", \"pain\": 11, \"trend\": \"sideways\"}", "{\"date\": \"2026-12-01\", \"pain\": 1, \"trend\": \"same\", \"newSymptoms\": [\"dullAche\", null]}",
            "{\"report\": null}", "{\"report\": {\"severity\": 2}, \"options\": null}", "{\"report\": {\"severity\": 2}, \"options\": {\"likelyThreshold\": 5, \"culture\": \"xx-NOT-A-CULTURE\"}}",
            "{\"report\": {\"severity\": 2}, \"options\": {\"likelyThreshold\": null, \"culture\": null}}",
            "{\"assessment\": null, \"history\": null, \"request\": null}",
            "{\"assessment\": {\"report\": {\"severity\": 2}}, \"history\": {\"workouts\": []}, \"request\": {\"start\": \"9999-12-01\", \"lengthDays\": 28}}",
            "{\"assessment\": {\"report\": {\"severity\": 2}}, \"history\": {\"workouts\": []}, \"request\": {\"start\": \"2026-12-01\", \"lengthDays\": -1}}",
            "{\"assessment\": {\"report\": {\"severity\": 2}}, \"history\": {\"workouts\": []}, \"request\": {\"start\": \"2026-12-01\"}, \"options\": {\"iceDays\": 0, \"hardRpeThreshold\": 10}}",
            "{\"assessment\": {\"report\": {\"severity\": 2}}, \"history\": {\"workouts\": []}, \"request\": {\"start\": \"2026-12-01\", \"lengthDays\": 10}, \"checkInReports\": [{\"date\": \"2027-06-01\", \"pain\": 0, \"trend\": \"better\"}]}",
            "{\"assessment\": {\"report\": {\"severity\": 2}}, \"history\": {\"workouts\": []}, \"request\": {\"start\": \"2026-12-01\"}, \"checkInReports\": [null]}",
        ];

        var data = new TheoryData<string, string>();
        foreach (var reader in Readers.Keys)
        {
            for (var i = 0; i < documents.Length; i++)
            {
                data.Add(reader, documents[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reader_HostileDocument_GivesOurExceptionWithAPathOrAValidResult(string reader, string json)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Exception? thrown = null;
        try
        {
            Readers[reader](json).Should().NotBeNull();
        }
        catch (Exception e)
        {
            thrown = e;
        }

        if (thrown is not null)
        {
            thrown.Should().BeOfType<BackPainValidationException>($"reader {reader} must fail with our exception, not {thrown.GetType().Name}: {thrown.Message}");
            ((BackPainValidationException)thrown).Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Path.StartsWith('$'));
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(200L * 1024 * 1024, "a hostile document must not make the reader allocate without bound");
    }
}

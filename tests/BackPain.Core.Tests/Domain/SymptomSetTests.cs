using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests.Domain;

public class SymptomSetTests
{
    [Fact]
    public void Empty_HoldsNothing()
    {
        var empty = SymptomSet.Empty;

        empty.Count.Should().Be(0);
        empty.IsEmpty.Should().BeTrue();
        empty.Should().BeEmpty();
        Symptom.All.Should().OnlyContain(s => !empty.Contains(s));
        (default(SymptomSet) == empty).Should().BeTrue();
    }

    [Fact]
    public void Of_Duplicates_AreHeldOnce()
    {
        var set = SymptomSet.Of(Symptom.Fever, Symptom.PopHeard, Symptom.Fever);

        set.Count.Should().Be(2);
        set.IsEmpty.Should().BeFalse();
        set.Contains(Symptom.Fever).Should().BeTrue();
        set.Contains(Symptom.PopHeard).Should().BeTrue();
        set.Contains(Symptom.SharpPain).Should().BeFalse();
    }

    [Fact]
    public void Enumeration_IsInCatalogueOrder_WhateverOrderTheFindingsWereAdded()
    {
        var set = SymptomSet.Empty.Add(Symptom.AgeUnder20OrOver50).Add(Symptom.OnsetDuringWorkout).Add(Symptom.SeverePain);

        set.Should().Equal(Symptom.OnsetDuringWorkout, Symptom.SeverePain, Symptom.AgeUnder20OrOver50);
    }

    [Fact]
    public void AllFindings_FitInOneSet()
    {
        var all = SymptomSet.Of([.. Symptom.All]);

        all.Count.Should().Be(Symptom.All.Count);
        all.Should().Equal(Symptom.All);
    }

    [Fact]
    public void Add_ReturnsANewSet_AndLeavesTheOriginalUnchanged()
    {
        var original = SymptomSet.Of(Symptom.DullAche);

        var added = original.Add(Symptom.MusclesTight);

        original.Should().Equal(Symptom.DullAche);
        added.Should().Equal(Symptom.DullAche, Symptom.MusclesTight);
    }

    [Fact]
    public void Remove_AFindingNotInTheSet_ChangesNothing()
    {
        var set = SymptomSet.Of(Symptom.DullAche);

        (set.Remove(Symptom.Fever) == set).Should().BeTrue();
    }

    [Fact]
    public void Union_HoldsTheFindingsOfBoth()
    {
        var union = SymptomSet.Of(Symptom.DullAche, Symptom.Fever).Union(SymptomSet.Of(Symptom.Fever, Symptom.PopHeard));

        union.Should().Equal(Symptom.DullAche, Symptom.PopHeard, Symptom.Fever);
    }

    [Fact]
    public void NullFinding_IsRejectedByAddContainsRemoveAndOf()
    {
        var set = SymptomSet.Empty;

        ((Action)(() => set.Add(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => set.Contains(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => set.Remove(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => SymptomSet.Of(Symptom.Fever, null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_SameFindingsInAnyOrder_IsEqualWithSameHashCode()
    {
        var a = SymptomSet.Of(Symptom.Fever, Symptom.PopHeard);
        var b = SymptomSet.Of(Symptom.PopHeard, Symptom.Fever);

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == SymptomSet.Of(Symptom.Fever)).Should().BeFalse();
        a.Equals("fever").Should().BeFalse();
    }

    [Fact]
    public void ToString_ListsTheIds()
    {
        SymptomSet.Of(Symptom.PopHeard, Symptom.Fever).ToString().Should().Contain("popHeard").And.Contain("fever");
    }

    [Fact]
    public void AddThenContains_IsTrue_AndLeavesEveryOtherFindingAsItWas()
    {
        Gen.Select(Generators.AnySymptomSet, Generators.AnySymptom).Sample((set, symptom) =>
        {
            var added = set.Add(symptom);
            return added.Contains(symptom)
                && Symptom.All.Where(s => s != symptom).All(s => added.Contains(s) == set.Contains(s))
                && added.Count == set.Count + (set.Contains(symptom) ? 0 : 1)
                && added.Add(symptom) == added;
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void RemoveThenContains_IsFalse_AndLeavesEveryOtherFindingAsItWas()
    {
        Gen.Select(Generators.AnySymptomSet, Generators.AnySymptom).Sample((set, symptom) =>
        {
            var removed = set.Remove(symptom);
            return !removed.Contains(symptom)
                && Symptom.All.Where(s => s != symptom).All(s => removed.Contains(s) == set.Contains(s))
                && removed.Count == set.Count - (set.Contains(symptom) ? 1 : 0)
                && removed.Remove(symptom) == removed
                && (set.Contains(symptom) ? removed.Add(symptom) == set : removed == set);
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void Of_AnyList_BehavesLikeAHashSetEnumeratedInCatalogueOrder()
    {
        Generators.SymptomList.Sample(list =>
        {
            var set = SymptomSet.Of(list);
            var model = new HashSet<Symptom>(list);
            return set.Count == model.Count
                && set.IsEmpty == (model.Count == 0)
                && set.SequenceEqual(Symptom.All.Where(model.Contains))
                && Symptom.All.All(s => set.Contains(s) == model.Contains(s));
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void AnySequenceOfAddsAndRemoves_BehavesLikeAHashSet()
    {
        Gen.Select(Gen.Bool, Generators.AnySymptom).Array[0, 30].Sample(operations =>
        {
            var set = SymptomSet.Empty;
            var model = new HashSet<Symptom>();
            foreach (var (add, symptom) in operations)
            {
                set = add ? set.Add(symptom) : set.Remove(symptom);
                _ = add ? model.Add(symptom) : model.Remove(symptom);
                if (set.Count != model.Count || set.Contains(symptom) != model.Contains(symptom))
                {
                    return false;
                }
            }

            return set.SequenceEqual(Symptom.All.Where(model.Contains));
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void Union_OfAnyTwoSets_ContainsExactlyWhatEitherContains()
    {
        Gen.Select(Generators.AnySymptomSet, Generators.AnySymptomSet).Sample((a, b) =>
        {
            var union = a.Union(b);
            return Symptom.All.All(s => union.Contains(s) == (a.Contains(s) || b.Contains(s)))
                && union == b.Union(a);
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void Equality_OfAnyTwoSets_AgreesWithHoldingTheSameFindings_AndWithTheHashCode()
    {
        Gen.Select(Generators.SymptomList, Generators.SymptomList).Sample((first, second) =>
        {
            var a = SymptomSet.Of(first);
            var b = SymptomSet.Of(second);
            var sameFindings = first.ToHashSet().SetEquals(second);
            var shuffled = SymptomSet.Of([.. first.Reverse()]);
            return (a == b) == sameFindings
                && a.Equals(b) == sameFindings
                && (!sameFindings || a.GetHashCode() == b.GetHashCode())
                && a == shuffled && a.GetHashCode() == shuffled.GetHashCode();
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void ToString_OfTheEmptySet_IsEmptyBraces()
    {
        SymptomSet.Empty.ToString().Should().Be("{}");
    }

    [Fact]
    public void ToString_OfTwoFindings_IsTheirIdsInCatalogueOrder_CommaSeparatedInBraces()
    {
        // Set notation; dullAche comes before sharpPain in Symptom.All.
        SymptomSet.Of(Symptom.SharpPain, Symptom.DullAche).ToString().Should().Be("{dullAche, sharpPain}");
    }
}

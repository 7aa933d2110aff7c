namespace BackPain.Core;

/// <summary>What a clinician who examined the person cleared them for, as reported at a check-in (domain model section 6b.3).</summary>
public enum Clearance
{
    /// <summary>No clinician's clearance is reported at this check-in.</summary>
    None = 0,

    /// <summary>
    /// Light activity only: lifts "no exercise at all" (a ligament tear's block, or all training suspended for a warning
    /// sign), but strenuous, spine-loading exercise and core work stay blocked until a full clearance.
    /// </summary>
    LightActivity = 1,

    /// <summary>
    /// Full training: every restriction that waits for a clinician is lifted from the check-in's date, core work included,
    /// and every injury of the current episode counts as healed (a clinician who examined the person outranks the
    /// library's healing estimates). Rest after each session (by muscle size) still applies.
    /// </summary>
    FullTraining = 2,
}

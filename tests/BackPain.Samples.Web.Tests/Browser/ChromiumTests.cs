namespace BackPain.Samples.Web.Tests.Browser;

/// <summary>How the browser tests find Chromium, and when they skip or fail without it.</summary>
public sealed class ChromiumTests
{
    [Fact]
    public void Locate_NoVariableAndChromiumInstalled_UsesUsrBinChromium()
    {
        var (executable, skipReason) = Chromium.Locate(_ => null, path => path == "/usr/bin/chromium");

        executable.Should().Be("/usr/bin/chromium");
        skipReason.Should().BeNull();
    }

    [Fact]
    public void Locate_VariableSet_UsesTheExecutableItNames()
    {
        var environment = new Dictionary<string, string?> { [Chromium.ExecutableVariable] = "/opt/chromium/chrome" };

        var (executable, _) = Chromium.Locate(name => environment.GetValueOrDefault(name), path => path == "/opt/chromium/chrome");

        executable.Should().Be("/opt/chromium/chrome");
    }

    [Fact]
    public void Locate_MissingAndNotRequired_SkipsSayingHowToEnableTheTests()
    {
        var (executable, skipReason) = Chromium.Locate(_ => null, _ => false);

        executable.Should().BeNull();
        skipReason.Should().Contain("/usr/bin/chromium").And.Contain("apt-get install chromium")
            .And.Contain(Chromium.ExecutableVariable).And.Contain(Chromium.RequireVariable + "=1");
    }

    [Fact]
    public void Locate_MissingAndRequired_Fails()
    {
        var environment = new Dictionary<string, string?> { [Chromium.RequireVariable] = "1" };

        var locate = () => Chromium.Locate(name => environment.GetValueOrDefault(name), _ => false);

        locate.Should().Throw<InvalidOperationException>().WithMessage("*not found*required*");
    }
}

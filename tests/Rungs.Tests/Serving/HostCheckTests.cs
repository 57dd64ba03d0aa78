using Rungs.Cli.Serving;

namespace Rungs.Tests.Serving;

/// <summary>The Host headers the dev server answers, as a rule: local names on its own port, and the names given with --host.</summary>
public sealed class HostCheckTests
{
    [Theory]
    [InlineData("localhost:4000", true)]
    [InlineData("LocalHost:4000", true)]
    [InlineData("127.0.0.1:4000", true)]
    [InlineData("[::1]:4000", true)]
    [InlineData("specs.test:4000", true)]
    [InlineData("proxy.test:8080", true)]
    [InlineData("localhost", false)]
    [InlineData("localhost:4001", false)]
    [InlineData("proxy.test:4000", false)]
    [InlineData("rebind.example:4000", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_host_header_is_answered_only_for_a_local_or_given_name_on_the_right_port(string? host, bool allowed)
    {
        var check = new HostCheck(4000, ["specs.test", "proxy.test:8080"]);

        Assert.Equal(allowed, check.Allows(host));
    }

    [Fact]
    public void On_port_80_a_name_without_a_port_is_answered_since_browsers_leave_it_out()
    {
        var check = new HostCheck(80, []);

        Assert.True(check.Allows("localhost"));
        Assert.True(check.Allows("localhost:80"));
    }

    [Theory]
    [InlineData("specs.test", true)]
    [InlineData("specs.test:8080", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("[::1]:4000", true)]
    [InlineData("bad name", false)]
    [InlineData("http://specs.test/", false)]
    [InlineData("specs.test:0", false)]
    [InlineData("specs.test:99999", false)]
    [InlineData("::1", false)]
    [InlineData("", false)]
    public void The_host_option_takes_a_host_name_or_address_with_an_optional_port(string name, bool valid)
    {
        Assert.Equal(valid, HostCheck.Problem(name) is null);
    }
}

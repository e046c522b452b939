using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.PackageManagers;

public class DL3030YumWithoutYesTests
{
    [Theory]
    [InlineData("FROM centos:7\nRUN yum install -y httpd\n")]
    [InlineData("FROM centos:7\nRUN yum -y install httpd\n")]
    [InlineData("FROM centos:7\nRUN yum clean all\n")]
    public void Valid(string d) => RuleTester.Valid<DL3030YumWithoutYes>(d);

    [Theory]
    [InlineData("FROM centos:7\nRUN [|yum install httpd|]\n")]
    [InlineData("FROM centos:7\nRUN [|yum groupinstall 'Development Tools'|]\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3030YumWithoutYes>(m);
}

public class DL3032YumCacheNotCleanedTests
{
    [Theory]
    [InlineData("FROM centos:7\nRUN yum install -y httpd && yum clean all\n")]
    [InlineData("FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum\n")]
    [InlineData("FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n")]
    public void Valid(string d) => RuleTester.Valid<DL3032YumCacheNotCleaned>(d);

    [Theory]
    [InlineData("FROM centos:7\nRUN [|yum install -y httpd|]\n")]
    [InlineData("FROM centos:7\nRUN yum clean all && [|yum install -y httpd|]\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3032YumCacheNotCleaned>(m);
}

public class DL3033YumUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM centos:7\nRUN yum install -y httpd-2.4.6 /tmp/x.rpm\n")]
    [InlineData("FROM centos:7\nARG PKGS\nRUN yum install -y ${PKGS}\n")]
    [InlineData("FROM centos:7\nRUN yum module install -y nodejs:18\n")]
    public void Valid(string d) => RuleTester.Valid<DL3033YumUnpinnedPackage>(d);

    [Theory]
    [InlineData("FROM centos:7\nRUN yum install -y [|httpd|] {|python-pip|}\n")]
    [InlineData("FROM centos:7\nRUN yum module install -y [|nodejs|]\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3033YumUnpinnedPackage>(m);
}

public class DL3038DnfWithoutYesTests
{
    [Theory]
    [InlineData("FROM fedora:40\nRUN dnf install -y httpd\n")]
    [InlineData("FROM fedora:40\nRUN microdnf --assumeyes install httpd\n")]
    public void Valid(string d) => RuleTester.Valid<DL3038DnfWithoutYes>(d);

    [Theory]
    [InlineData("FROM fedora:40\nRUN [|dnf install httpd|]\n")]
    [InlineData("FROM fedora:40\nRUN [|microdnf install httpd|]\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3038DnfWithoutYes>(m);
}

public class DL3040DnfCacheNotCleanedTests
{
    [Theory]
    [InlineData("FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n")]
    [InlineData("FROM fedora:40\nRUN microdnf install -y httpd && microdnf clean all\n")]
    [InlineData("FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n")]
    public void Valid(string d) => RuleTester.Valid<DL3040DnfCacheNotCleaned>(d);

    [Theory]
    [InlineData("FROM fedora:40\nRUN [|dnf install -y httpd|]\n")]
    [InlineData("FROM fedora:40\nRUN [|dnf upgrade -y|] && microdnf clean all\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3040DnfCacheNotCleaned>(m);
}

public class DL3041DnfUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n")]
    [InlineData("FROM fedora:40\nRUN dnf group install -y 'Development Tools'\n")]
    [InlineData("FROM fedora:40\nRUN INSTALL=\"a b\" && dnf install -y $INSTALL\n")]
    public void Valid(string d) => RuleTester.Valid<DL3041DnfUnpinnedPackage>(d);

    [Theory]
    [InlineData("FROM fedora:40\nRUN dnf install -y [|httpd|]\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y [|httpd|] make-4.4 {|git|} && microdnf install -y {|jq|}\n")]
    [InlineData("FROM fedora:40\nRUN microdnf install -y \\\n    [|git|] \\\n    make-4.4\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3041DnfUnpinnedPackage>(m);
}

public class DL3034ZypperWithoutNonInteractiveTests
{
    [Theory]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6 && zypper clean\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6 && zypper cc\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6 && zypper clean\n")]
    public void Valid(string d) => RuleTester.Valid<DL3034ZypperWithoutNonInteractive>(d);

    [Fact]
    public void Interactive_install() => RuleTester.Invalid<DL3034ZypperWithoutNonInteractive>("FROM opensuse/leap:15.6\nRUN [|zypper install curl=8.6|] && zypper clean\n");
}

public class DL3035ZypperDistUpgradeTests
{
    [Theory]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6 && zypper clean\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n update && zypper clean\n")]
    public void Valid(string d) => RuleTester.Valid<DL3035ZypperDistUpgrade>(d);

    [Theory]
    [InlineData("FROM opensuse/leap:15.6\nRUN [|zypper -n dup|]\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN [|zypper -n dist-upgrade|] && zypper clean\n")]
    public void Invalid(string m) => RuleTester.Invalid<DL3035ZypperDistUpgrade>(m);
}

public class DL3036ZypperCacheNotCleanedTests
{
    [Theory]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6 && zypper clean\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6 && zypper cc\n")]
    public void Valid(string d) => RuleTester.Valid<DL3036ZypperCacheNotCleaned>(d);

    [Fact]
    public void Cache_not_cleaned() => RuleTester.Invalid<DL3036ZypperCacheNotCleaned>("FROM opensuse/leap:15.6\nRUN [|zypper -n in curl=8.6|]\n");
}

public class DL3037ZypperUnpinnedPackageTests
{
    [Theory]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6 && zypper clean\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper install -y 'curl>=8.6' && zypper cc\n")]
    public void Valid(string d) => RuleTester.Valid<DL3037ZypperUnpinnedPackage>(d);

    [Fact]
    public void Unpinned_packages_are_one_finding_with_related_locations() =>
        RuleTester.Invalid<DL3037ZypperUnpinnedPackage>("FROM opensuse/leap:15.6\nRUN zypper -n install [|curl|] git=2.43 {|vim|} && zypper clean\n");

    [Fact]
    public void Unpinned() => RuleTester.Invalid<DL3037ZypperUnpinnedPackage>("FROM opensuse/leap:15.6\nRUN zypper -n install [|curl|] x.rpm && zypper clean\n");
}

using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Tests.Shell;

public class PackageManagerTests
{
    [Theory]
    [InlineData("apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confold curl=7.1 git", "apt-get", "curl=7.1,git")]
    [InlineData("apt-get -t bookworm-backports install -y x", "apt-get", "x")]
    [InlineData("apt-get install --target-release bullseye y", "apt-get", "y")]
    [InlineData("sudo DEBIAN_FRONTEND=noninteractive apt-get -qq install z", "apt-get", "z")]
    [InlineData("apt install -y vim", "apt", "vim")]
    [InlineData("apk add --no-cache --virtual .build-deps gcc musl-dev=1.2", "apk", "gcc,musl-dev=1.2")]
    [InlineData("apk add -X http://repo -t deps curl", "apk", "curl")]
    [InlineData("pip install --no-cache-dir -r requirements.txt flask==2.0 'requests>=2'", "pip", "flask==2.0,requests>=2")]
    [InlineData("pip3 install -i https://idx --trusted-host idx -c c.txt numpy", "pip", "numpy")]
    [InlineData("python3 -m pip install --upgrade pip setuptools", "pip", "pip,setuptools")]
    [InlineData("pip3.11 install -e . x", "pip", "x")]
    [InlineData("npm install -g --registry https://r typescript@5 @scope/pkg", "npm", "typescript@5,@scope/pkg")]
    [InlineData("npm i --loglevel warn left-pad", "npm", "left-pad")]
    [InlineData("yarn global add --network-timeout 1000 create-react-app", "yarn", "create-react-app")]
    [InlineData("yarn add lodash", "yarn", "lodash")]
    [InlineData("gem install -N bundler:2.4 rails -v 7.0", "gem", "bundler:2.4,rails")]
    [InlineData("gem i --version 1.0 rake", "gem", "rake")]
    [InlineData("yum install -y --setopt tsflags=nodocs httpd-2.4.6", "yum", "httpd-2.4.6")]
    [InlineData("yum -y module install nodejs:18", "yum", "nodejs:18")]
    [InlineData("yum groupinstall -y 'Development Tools'", "yum", "Development Tools")]
    [InlineData("dnf install -y --enablerepo crb gcc", "dnf", "gcc")]
    [InlineData("microdnf install -y tar", "dnf", "tar")]
    [InlineData("zypper --non-interactive install -r repo -t pattern devel_basis", "zypper", "devel_basis")]
    [InlineData("zypper in -y curl=8.0", "zypper", "curl=8.0")]
    [InlineData("go install -ldflags=-s golang.org/x/tools/gopls@v0.14.0", "go", "golang.org/x/tools/gopls@v0.14.0")]
    [InlineData("go get -u github.com/x/y", "go", "github.com/x/y")]
    public void Install_commands_yield_their_packages(string text, string manager, string packages)
    {
        var cmd = ShellParser.Parse(text).Commands.Single();
        var found = PackageManagerCatalog.Find(cmd);
        Assert.NotNull(found);
        Assert.Equal(manager, found.Name);
        Assert.True(found.IsInstall(cmd));
        Assert.Equal(packages.Split(','), found.GetPackages(cmd).Select(p => p.UnquotedText).ToArray());
        Assert.Equal(packages.Split(','), PackageManagerCatalog.GetInstalledPackages(cmd).Select(p => p.UnquotedText).ToArray());
    }

    [Theory]
    [InlineData("apt-get update")]
    [InlineData("apt-get remove x")]
    [InlineData("apk update")]
    [InlineData("pip freeze")]
    [InlineData("npm run build")]
    [InlineData("yum clean all")]
    [InlineData("go build ./...")]
    [InlineData("echo install x")]
    public void Other_commands_have_no_packages(string text)
    {
        var cmd = ShellParser.Parse(text).Commands.Single();
        Assert.Empty(PackageManagerCatalog.GetInstalledPackages(cmd));
        Assert.False(PackageManagerCatalog.Find(cmd)?.IsInstall(cmd) ?? false);
    }

    [Fact]
    public void Package_words_have_file_spans()
    {
        const string text = "RUN apt-get install -y curl=7.1 git";
        var script = ShellParser.Parse(text[4..], 4);
        var packages = PackageManagerCatalog.AptGet.GetPackages(script.Commands[0]);
        Assert.Equal(["curl=7.1", "git"], packages.Select(p => text.Substring(p.Span.Start, p.Span.Length)));
    }

    [Fact]
    public void Dynamic_package_words_are_flagged()
    {
        var packages = PackageManagerCatalog.GetInstalledPackages(ShellParser.Parse("apt-get install -y $PKGS \"${EXTRA}\"").Commands[0]);
        Assert.All(packages, p => Assert.False(p.IsStatic));
        Assert.Equal(["PKGS", "EXTRA"], packages.SelectMany(p => p.ReferencedVariables));
    }

    [Fact]
    public void Subcommand_sequences()
    {
        var cmd = ShellParser.Parse("dnf -y module enable nodejs:18").Commands[0];
        Assert.True(PackageManagerCatalog.Dnf.IsSubcommand(cmd, "module", "enable"));
        Assert.False(PackageManagerCatalog.Dnf.IsSubcommand(cmd, "module", "install"));
        Assert.False(PackageManagerCatalog.Dnf.IsInstall(cmd));
    }
}

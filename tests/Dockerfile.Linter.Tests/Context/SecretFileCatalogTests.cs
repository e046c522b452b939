using System.Diagnostics;
using Dockerfile.Linter.Context;

namespace Dockerfile.Linter.Tests.Context;

/// <summary>The one catalogue of credential files behind DF2001, DF3004, DF3005 and DF3006.</summary>
public class SecretFileCatalogTests
{
    [Theory]
    [InlineData("id_ed25519", "SSH private key")]
    [InlineData("/root/.ssh/id_rsa", "SSH private key")]
    [InlineData("~/.npmrc", "npm registry token")]
    [InlineData("/app/.yarnrc.yml", "Yarn registry token")]
    [InlineData("certs/server.key", "private key")]
    [InlineData("/root/.docker/config.json", "Docker registry credentials")]
    [InlineData(".env.production", "environment file")]
    [InlineData("/home/app/.kube/config", "Kubernetes config")]
    public void Names_make_candidates(string path, string description) =>
        Assert.Equal(description, SecretFileCatalog.Classify(path)?.Description);

    [Theory]
    [InlineData("id_rsa.pub")]
    [InlineData(".env.example")]
    [InlineData(".env.local.example")]
    [InlineData(".env.sample")]
    [InlineData("credentials.json.dist")]
    [InlineData("secrets.template.yaml")]
    [InlineData("config.json")]           // only under .docker/
    [InlineData("package.json")]
    public void Other_files_and_templates_are_not_candidates(string path) =>
        Assert.Null(SecretFileCatalog.Classify(path));

    [Theory]
    [InlineData(".npmrc", "engine-strict=true\n", false)]
    [InlineData(".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n", false)]
    [InlineData(".npmrc", "//registry.npmjs.org/:_authToken=npm_FAKE0000000000000000000000000000000\n", true)]
    [InlineData(".yarnrc.yml", "nodeLinker: node-modules\n", false)]
    [InlineData(".yarnrc.yml", "npmAuthToken: \"${NPM_TOKEN}\"\n", false)]
    [InlineData("app.key", "", false)]
    [InlineData("app.key", "   \n", false)]
    [InlineData("app.key", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n", true)]
    [InlineData("server.pem", "-----BEGIN CERTIFICATE-----\nMIIE\n", false)]
    [InlineData(".env", "PORT=8080\nNODE_ENV=production\n", false)]
    [InlineData(".env", "DB_PASSWORD=changeme\n", false)]
    [InlineData(".env", "DB_PASSWORD=Zq8rT2vLm4Xw\n", true)]
    [InlineData("secrets.json", "{\"client_secret\": \"Zq8rT2vLm4XwPa9\"}", true)]
    [InlineData("secrets.json", "{\"client_id\": \"web\"}", false)]
    [InlineData(".netrc", "machine example.com login ci password Zq8rT2vLm4Xw\n", true)]
    [InlineData(".git-credentials", "https://ci:Zq8rT2vLm4Xw@example.com\n", true)]
    [InlineData(".docker/config.json", "{\"credsStore\": \"desktop\"}", false)]
    public void Content_decides(string path, string content, bool secret) =>
        Assert.Equal(secret, SecretFileCatalog.ContentIsSecret(SecretFileCatalog.Classify(path)!, content));

    [Fact]
    public void Only_proving_names_count_without_content()
    {
        Assert.True(SecretFileCatalog.Classify("id_rsa")!.SecretByName);
        Assert.True(SecretFileCatalog.Classify("deploy.p12")!.SecretByName);
        Assert.False(SecretFileCatalog.Classify(".npmrc")!.SecretByName);
        Assert.False(SecretFileCatalog.Classify("tls.pem")!.SecretByName);
        Assert.False(SecretFileCatalog.Classify(".env")!.SecretByName);
    }

    // A FIFO named like a credential file must not hang the walk: only non-empty regular files are opened.
    [Fact]
    public void A_fifo_with_a_secret_name_is_never_opened()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using var ctx = new TempContext().File("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(ctx.Root, ".npmrc")]) { UseShellExecute = false }))
        {
            mkfifo!.WaitForExit();
            if (mkfifo.ExitCode != 0) return;
        }
        var secrets = BuildContext.Open(ctx.Root).Summary.SecretFiles;
        Assert.Equal(["id_rsa"], secrets.Select(s => s.Path));
    }
}

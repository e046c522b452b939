namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3016, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3016SpecTests
{
    private const string Code = "DL3016";

    [Theory]
    [InlineData("RUN npm install express", true)]
    [InlineData("RUN npm install @myorg/privatepackage", true)]
    [InlineData("RUN npm install express sax@0.1.1", true)]
    [InlineData("RUN npm install --global express", true)]
    [InlineData("RUN npm install git+ssh://git@github.com:npm/npm.git", true)]
    [InlineData("RUN npm install git+http://isaacs@github.com/npm/npm", true)]
    [InlineData("RUN npm install git+https://isaacs@github.com/npm/npm.git", true)]
    [InlineData("RUN npm install git://github.com/npm/npm.git", true)]
    [InlineData("RUN npm install --registry https://example.com express", true)]
    [InlineData("RUN npm install --registry=https://example.com express", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN npm install", true)]
    [InlineData("RUN npm install --progress=false", true)]
    [InlineData("RUN npm install express@4.1.1", true)]
    [InlineData("RUN npm install @myorg/privatepackage@\">=0.1.0\"", true)]
    [InlineData("RUN npm install express@\"4.1.1\" sax@0.1.1", true)]
    [InlineData("RUN npm install --global express@\"4.1.1\"", true)]
    [InlineData("RUN npm install -g express@\"4.1.1\"", true)]
    [InlineData("RUN npm install package-v1.2.3.tar", true)]
    [InlineData("RUN npm install package-v1.2.3.tar.gz", true)]
    [InlineData("RUN npm install package-v1.2.3.tgz", true)]
    [InlineData("RUN npm install /folder", true)]
    [InlineData("RUN npm install ./folder", true)]
    [InlineData("RUN npm install ../folder", true)]
    [InlineData("RUN npm install ~/folder", true)]
    [InlineData("RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27", true)]
    [InlineData("RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0", true)]
    [InlineData("RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27", true)]
    [InlineData("RUN npm install git://github.com/npm/npm.git#v1.0.27", true)]
    [InlineData("RUN npm run --crazy install", true)]
    [InlineData("RUN npm install @myorg/privatepackage@\">=0.1.0 <0.2.0\"", true)]
    [InlineData("RUN npm install --loglevel verbose sax@0.1.1", true)]
    [InlineData("RUN npm install --registry https://example.com sax@0.1.1", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}

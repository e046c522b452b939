namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3028, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3028SpecTests
{
    private const string Code = "DL3028";

    [Theory]
    [InlineData("RUN gem i bundler", true)]
    [InlineData("RUN gem i bunlder:1 nokogiri", true)]
    [InlineData("RUN gem install bundler", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN gem i bundler:1", true)]
    [InlineData("RUN gem i bunlder:1 nokogirii:1")]
    [InlineData("RUN gem i bunlder:1 nokogiri:1", true)]
    [InlineData("RUN gem install bundler:1", true)]
    [InlineData("RUN gem install bundler -v '2.0.1'", true)]
    [InlineData("RUN gem install bundler --version '2.0.1'", true)]
    [InlineData("RUN gem install bundler --version='2.0.1'", true)]
    [InlineData("RUN gem install bundler:2.0.1 -- --use-system-libraries=true", true)]
    [InlineData("RUN gem install bundler:2.0.1 -- --use-system-libraries true", true)]
    [InlineData("RUN gem install bundler:2.0.1 --use-system-libraries true", true)]
    [InlineData("RUN gem install bundler:2.0.1 --use-system-libraries=true", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    // Words after `--` are build options of the gem's extension, not gems (issue 11).
    [Theory]
    [InlineData("RUN gem install x:1 -- --flag value", true)]
    [InlineData("RUN gem install nokogiri:1.16.0 -- --use-system-libraries --with-xml2-include=/usr/include/libxml2", true)]
    public void OptionsAfterDoubleDashNotReported(string dockerfile, bool inOnbuildToo) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}

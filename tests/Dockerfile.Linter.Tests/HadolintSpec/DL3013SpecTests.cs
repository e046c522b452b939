namespace Dockerfile.Linter.Tests.HadolintSpec;

/// <summary>hadolint 2.15's specification cases for DL3013, in our words (see HADOLINT-SPEC.md).</summary>
public class DL3013SpecTests
{
    private const string Code = "DL3013";

    [Theory]
    [InlineData("RUN pip2 install MySQL_python", true)]
    [InlineData("RUN pip3 install MySQL_python")]
    [InlineData("RUN pip install MySQL_python", true)]
    [InlineData("RUN python -m pip install example")]
    [InlineData("RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext", true)]
    public void Reported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN python -m pip install --index-url url example")]
    public void ReportedInOnbuild(string dockerfile) => HadolintSpecRunner.ReportedInOnbuild(Code, dockerfile);

    [Theory]
    [InlineData("RUN pip3 install MySQL_python==1.2.2", true)]
    [InlineData("RUN pip3 install mypkg.whl", true)]
    [InlineData("RUN pip3 install mypkg.tar.gz", true)]
    [InlineData("RUN pip install -r requirements.txt", true)]
    [InlineData("RUN pip install --requirement requirements.txt", true)]
    [InlineData("RUN pip install .", true)]
    [InlineData("RUN pip install MySQL_python==1.2.2", true)]
    [InlineData("RUN pip install MySQL_python~=1.2.2", true)]
    [InlineData("RUN pip install MySQL_python===1.2.2", true)]
    [InlineData("RUN pip install --ignore-installed MySQL_python==1.2.2", true)]
    [InlineData("RUN pip3 install --build /opt/yamllint yamllint==1.20.0", true)]
    [InlineData("RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0", true)]
    [InlineData("RUN pip3 install --root /opt/yamllint yamllint==1.20.0", true)]
    [InlineData("RUN pip3 install --target /opt/yamllint yamllint==1.20.0", true)]
    [InlineData("RUN pip3 install --trusted-host host example==1.2.2", true)]
    [InlineData("RUN python -m pip install example==1.2.2", true)]
    [InlineData("RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext", true)]
    [InlineData("RUN pip install 'alabaster>=0.7'", true)]
    [InlineData("RUN pip install 'alabaster<0.7'", true)]
    [InlineData("RUN pip install 'alabaster!=0.7'", true)]
    [InlineData("RUN pip install MySQL_python==1.2.2 --user", true)]
    [InlineData("RUN pip install MySQL_python==1.2.2 --disable-pip-version-check", true)]
    [InlineData("RUN pip install --index-url https://eg.com/foo foobar==1.0.0", true)]
    [InlineData("RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0", true)]
    [InlineData("RUN pip install MySQL_python==1.2.2 --no-cache-dir", true)]
    [InlineData("RUN pip install pykafka --constraint http://foo.bar.baz", true)]
    [InlineData("RUN pip install pykafka -c http://foo.bar.baz", true)]
    [InlineData("RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://user:pass@ex-eg.io/foo foobar==1.0.0", true)]
    public void NotReported(string dockerfile, bool inOnbuildToo = false) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);

    // hadolint 2.15 also checks `pipx install` (issue 11).
    [Theory]
    [InlineData("RUN pipx install software", true)]
    [InlineData("RUN pipx install --python python3.12 software", true)]
    public void PipxReported(string dockerfile, bool inOnbuildToo) => HadolintSpecRunner.Reported(Code, dockerfile, inOnbuildToo);

    [Theory]
    [InlineData("RUN pipx install software==1.2.3", true)]
    [InlineData("RUN pipx install --spec git+https://github.com/x/y.git@v1.0 y", false)]
    [InlineData("RUN pipx run software", true)]
    public void PipxNotReported(string dockerfile, bool inOnbuildToo) => HadolintSpecRunner.NotReported(Code, dockerfile, inOnbuildToo);
}

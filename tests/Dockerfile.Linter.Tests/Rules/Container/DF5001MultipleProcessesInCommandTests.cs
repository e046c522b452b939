using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Tests.Rules.Container;

public class DF5001MultipleProcessesInCommandTests
{
    [Theory]
    [InlineData("FROM nginx:1.27\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n")]
    [InlineData("FROM nginx:1.27\nCMD nginx -g 'daemon off;'\n")]
    [InlineData("FROM node:22\nCMD npm run migrate && exec node server.js\n")]
    [InlineData("FROM node:22\nCMD echo starting && node server.js\n")]
    [InlineData("FROM php:8.3-fpm\nCMD [\"php-fpm\", \"-F\"]\n")]
    [InlineData("FROM debian:12-slim\nCMD service nginx start\n")] // nothing after it
    [InlineData("FROM debian:12-slim\nCMD cron && tail -f /var/log/cron.log\n")] // cron is DF5003's
    [InlineData("FROM httpd:2.4\nCMD httpd -DFOREGROUND\n")]
    public void Valid(string dockerfile) => RuleTester.Valid<DF5001MultipleProcessesInCommand>(dockerfile);

    [Theory]
    [InlineData("FROM node:22\nCMD [|node worker.js|] & node server.js\n")]
    [InlineData("FROM node:22\nCMD [\"sh\", \"-c\", \"[|node worker.js|] & exec node server.js\"]\n")]
    [InlineData("FROM php:8.3-fpm-alpine\nCMD [|php-fpm -D|] && nginx -g 'daemon off;'\n")]
    [InlineData("FROM debian:12-slim\nENTRYPOINT [|service mysql start|] && [|service apache2 start|] && tail -f /dev/null\n")]
    [InlineData("FROM debian:12-slim\nCMD [|/etc/init.d/redis-server start|] ; python app.py\n")]
    [InlineData("FROM debian:12-slim\nCMD [|nginx|] && python app.py\n")]
    [InlineData("FROM debian:12-slim\nONBUILD CMD [|redis-server|] & python app.py\n")]
    public void Invalid(string marked) => RuleTester.Invalid<DF5001MultipleProcessesInCommand>(marked);
}

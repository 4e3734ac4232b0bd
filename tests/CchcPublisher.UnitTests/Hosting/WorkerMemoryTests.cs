using CchcPublisher.Hosting;

namespace CchcPublisher.UnitTests.Hosting;

public sealed class WorkerMemoryTests
{
    [Fact]
    public void ReturnAfterLargeWork_AfterALargeRun_CollectsEverything()
    {
        var collections = GC.CollectionCount(GC.MaxGeneration);
        for (var i = 0; i < 80; i++)
        {
            GC.KeepAlive(new byte[1024 * 1024]); // a large run's garbage: 80 MB
        }

        Assert.True(WorkerMemory.ReturnAfterLargeWork());
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > collections);
    }
}

using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Speech;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace CchcPublisher.UnitTests.Channels.Radio;

public sealed class RadioRegistrationTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCore().AddRadio();
        builder.Services.AddSingleton(Substitute.For<ILedger>());
        builder.Services.AddSingleton(Substitute.For<IContentLoader>());
        return builder.Build();
    }

    [Fact]
    public void AddRadio_Configuration_BindsSlotsDurationsAndSpeechStyle()
    {
        using var host = Build(new()
        {
            ["Channels:Radio:WordsPerMinute"] = "200",
            ["Channels:Radio:ParagraphPause"] = "00:00:01",
            ["Channels:Radio:Slots:0:Key"] = "som",
            ["Channels:Radio:Slots:0:Label"] = "sớm",
            ["Channels:Radio:Slots:0:Start"] = "05:30:00",
            ["Channels:Radio:Slots:0:MaxLength"] = "00:45:00",
            ["Speech:ZeroTens"] = "lẻ",
        });

        var options = host.Services.GetRequiredService<IOptions<RadioOptions>>().Value;
        var slot = Assert.Single(options.EffectiveSlots);
        Assert.Equal(("som", TimeSpan.FromMinutes(330), TimeSpan.FromMinutes(45)), (slot.Key, slot.Start, slot.MaxLength));
        Assert.Equal(TimeSpan.FromSeconds(1), options.ParagraphPause);
        Assert.Equal("một trăm lẻ năm", host.Services.GetRequiredService<SpeechService>().Say("105"));
        Assert.Contains(host.Services.GetServices<IChannel>(), c => c.Name == ChannelNames.Radio);
        Assert.Contains(host.Services.GetServices<IChannelCheck>(), c => c.Channel == ChannelNames.Radio);
        Assert.Equal("som", host.Services.GetRequiredService<RadioProgramService>().Schedule.Slots[0].Key);
    }

    [Fact]
    public void AddRadio_BadSlot_FailsValidationWithVietnameseMessage()
    {
        using var host = Build(new()
        {
            ["Channels:Radio:Slots:0:Key"] = "Buổi sáng",
            ["Channels:Radio:Slots:0:Label"] = "sáng",
            ["Channels:Radio:Slots:0:Start"] = "06:00:00",
            ["Channels:Radio:Slots:0:MaxLength"] = "00:15:00",
        });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<RadioOptions>>().Value);
        Assert.Contains("chữ thường không dấu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSpeech_BadStyle_FailsValidation()
    {
        using var host = Build(new() { ["Speech:Thousand"] = "ngìn" });

        Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<SpeechOptions>>().Value);
    }
}

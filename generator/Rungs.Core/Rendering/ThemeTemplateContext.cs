using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Rungs.Rendering;

/// <summary>The Scriban context pages render in: Scriban's own, reading model members through <see cref="CompiledMemberAccessor"/>.</summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        // The compiled members are named by Scriban's standard renamer, for every member: other settings keep Scriban's accessor.
        return accessor is TypedObjectAccessor scriban && MemberFilter is null && MemberRenamer == StandardMemberRenamer.Default
            ? CompiledMemberAccessor.For(target.GetType(), scriban, this) ?? scriban
            : accessor;
    }
}

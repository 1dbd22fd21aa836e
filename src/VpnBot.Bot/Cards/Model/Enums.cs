
namespace VpnBot.Bot.Cards.Model;

// Values are written in the schema's spelling (camelCase) by CardJson's enum converter.

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge }

public enum TextSize { Small, Default, Medium, Large, ExtraLarge }

public enum TextWeight { Lighter, Default, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum TextBlockStyle { Default, Heading }

public enum FontType { Default, Monospace }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum VerticalAlignment { Top, Center, Bottom }

public enum ChoiceInputStyle { Compact, Expanded }

public enum ActionStyle { Default, Positive, Destructive }
